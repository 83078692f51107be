import "server-only"

import { FetchError } from "@medusajs/js-sdk"
import { getSdk } from "@/lib/config"
import { clientIpHeaders } from "./client-ip"

/**
 * What a cached read is revalidated by: the whole catalogue's names, one list's, or one
 * product's or producer's page (src/lib/data/catalogue/cache-tags.ts builds them).
 */
export type CacheTag =
  | "products"
  | "producers"
  | "categories"
  | "regions"
  | "in-season"
  | "in-season-list"
  | "product-list"
  | "producer-list"
  | `product-list:${string}`
  | `product:${string}`
  | `producer:${string}`

/** Catalogue reads are cached by Next.js and regenerated when the backend calls /api/revalidate. */
const CATALOGUE_REVALIDATE_SECONDS = 3600

const MEDUSA_LOCALES: Record<string, string> = { vi: "vi-VN", en: "en-US" }

function medusaLocale(locale: string): string {
  return MEDUSA_LOCALES[locale] ?? MEDUSA_LOCALES.vi
}

interface CachedReadOptions {
  query?: Record<string, unknown>
  locale?: string
  tags: CacheTag[]
}

/** A cached GET on the Store API, tagged for on-demand revalidation. */
export async function cachedStoreGet<T>(
  path: string,
  { query, locale, tags }: CachedReadOptions
): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    method: "GET",
    query,
    headers: locale ? { "x-medusa-locale": medusaLocale(locale) } : {},
    cache: "force-cache",
    next: { tags, revalidate: CATALOGUE_REVALIDATE_SECONDS },
  })
}

interface UncachedInit {
  method?: "GET" | "POST" | "DELETE"
  query?: Record<string, unknown>
  /** JSON, or a multipart form (a photo) whose boundary fetch must write. */
  body?: Record<string, unknown> | FormData
  /** The language of the backend's answers, its refusals included. */
  locale?: string
  headers?: Record<string, string>
}

/**
 * An uncached call made for the person behind this request (carts, clicks, sign-ins, actors'
 * pages): every shopper gets their own answer, and the backend counts its limits against them.
 */
export async function uncachedStoreFetch<T>(
  path: string,
  init: UncachedInit = {}
): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    method: init.method ?? "GET",
    query: init.query,
    body: init.body,
    headers: {
      ...(init.locale ? { "x-medusa-locale": medusaLocale(init.locale) } : {}),
      ...(await clientIpHeaders()),
      ...init.headers,
      // null drops the SDK's JSON content type so fetch writes the multipart boundary.
      ...(init.body instanceof FormData ? { "content-type": null } : {}),
    },
    cache: "no-store",
  })
}

export function isNotFound(error: unknown): boolean {
  return (
    (error instanceof FetchError && error.status === 404) ||
    (typeof error === "object" &&
      error !== null &&
      (error as { status?: unknown }).status === 404)
  )
}
