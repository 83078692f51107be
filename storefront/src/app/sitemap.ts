import type { MetadataRoute } from "next"
import { connection } from "next/server"
import { routing } from "@/i18n/routing"
import { listAllProducerHandles } from "@/lib/data/catalogue/producers"
import { listAllProductHandles } from "@/lib/data/catalogue/products"
import { absoluteUrl } from "@/lib/site"

// Generated per request (its reads are cached by tag), never at build time.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection()
  const [products, producers] = await Promise.all([
    listAllProductHandles(),
    listAllProducerHandles(),
  ])
  const paths = [
    "",
    "/products",
    "/producers",
    ...products.map((handle) => `/products/${handle}`),
    ...producers.map((handle) => `/producers/${handle}`),
  ]
  return paths.map((path) => ({
    url: absoluteUrl(`/${routing.defaultLocale}${path}`),
    alternates: {
      languages: Object.fromEntries(
        routing.locales.map((locale) => [
          locale,
          absoluteUrl(`/${locale}${path}`),
        ])
      ),
    },
    changeFrequency: path.startsWith("/products/") ? "daily" : "weekly",
  }))
}
