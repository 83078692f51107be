import type { MetadataRoute } from "next"
import { connection } from "next/server"
import { absoluteUrl } from "@/lib/site"

export default async function robots(): Promise<MetadataRoute.Robots> {
  // SITE_URL is a run-time setting.
  await connection()
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", "/vi/go/", "/en/go/", "/vi/cart", "/en/cart"],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  }
}
