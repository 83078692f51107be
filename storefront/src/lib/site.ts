// Public origin of the storefront for absolute URLs (OpenGraph, sitemap, JSON-LD).
// Read at run time: SITE_URL, else the port the storefront listens on locally.
export function siteUrl(): URL {
  const raw = process.env.SITE_URL?.trim()
  if (raw) {
    try {
      return new URL(raw)
    } catch {
      // fall through to the local default
    }
  }
  return new URL(`http://localhost:${process.env.PORT ?? "8000"}`)
}

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString()
}

/** hreflang alternates for a path given without its locale prefix ("/products"). */
export function languageAlternates(path: string) {
  const suffix = path === "/" ? "" : path
  return {
    languages: {
      vi: `/vi${suffix}`,
      en: `/en${suffix}`,
      "x-default": `/vi${suffix}`,
    },
  }
}
