import "server-only"

import { FetchError } from "@medusajs/js-sdk"
import { getSdk } from "@/lib/config"

export type CacheTag = "products" | "producers" | "categories" | "regions"

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

/** An uncached call (carts, clicks): every shopper gets their own answer. */
export async function uncachedStoreFetch<T>(
  path: string,
  init: {
    method?: "GET" | "POST" | "DELETE"
    query?: Record<string, unknown>
    body?: Record<string, unknown>
    locale?: string
  } = {}
): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    method: init.method ?? "GET",
    query: init.query,
    body: init.body,
    headers: init.locale
      ? { "x-medusa-locale": medusaLocale(init.locale) }
      : {},
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
