// Shared links carry where they were passed on (`?src=zalo`), so producers can see which way of
// sharing brings shoppers. Pure helpers, used by the browser components and the route handler.

/** The sources the backend counts: the only values a shared URL's `src` may take. */
export const SHARE_SOURCES = ["zalo", "fb", "qr", "copy"] as const
export type ShareSource = (typeof SHARE_SOURCES)[number]

/** The kinds of page a shared link can open; product and producer pages name a handle. */
export const SHARED_PAGES = ["home", "list", "product", "producer"] as const
export type SharedPage = (typeof SHARED_PAGES)[number]

export type ShareVisit =
  | { page: "home" | "list"; source: ShareSource }
  | { page: "product" | "producer"; handle: string; source: ShareSource }

/** Where the visit's source is kept for the tab's later link-outs to voso.vn / postmart.vn. */
export const SHARE_SOURCE_KEY = "share-source"

const MAX_HANDLE_LENGTH = 200

export function parseShareSource(value: unknown): ShareSource | null {
  return typeof value === "string" &&
    (SHARE_SOURCES as readonly string[]).includes(value)
    ? (value as ShareSource)
    : null
}

/** The public URL with `src` set (replacing any `src` it had), the rest of it untouched. */
export function withShareSource(url: string, source: ShareSource): string {
  const target = new URL(url)
  target.searchParams.set("src", source)
  return target.toString()
}

/** Facebook's own share page: no SDK, the shopper's browser opens it. */
export function facebookShareUrl(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(
    withShareSource(url, "fb")
  )}`
}

/** The link-out address with the visit's source, if there is one. */
export function linkOutHref(href: string, source: ShareSource | null): string {
  if (!source) return href
  const [path, query = ""] = href.split("?", 2)
  const params = new URLSearchParams(query)
  params.set("src", source)
  return `${path}?${params.toString()}`
}

/** A beacon's body, checked before the backend is called; null when it is not a visit. */
export function parseShareVisit(body: unknown): ShareVisit | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return null
  }
  const { page, handle, source } = body as Record<string, unknown>
  const parsedSource = parseShareSource(source)
  if (!parsedSource) return null
  if (page === "home" || page === "list") {
    return handle === undefined ? { page, source: parsedSource } : null
  }
  if (page === "product" || page === "producer") {
    if (typeof handle !== "string") return null
    const trimmed = handle.trim()
    if (!trimmed || trimmed.length > MAX_HANDLE_LENGTH) return null
    return { page, handle: trimmed, source: parsedSource }
  }
  return null
}
