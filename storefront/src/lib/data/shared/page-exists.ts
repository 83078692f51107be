import "server-only"

import { getSdk } from "@/lib/config"
import type { PageSubject } from "@/lib/util/page-subject"
import { isNotFound } from "./store-fetch"

// Subjects seen to exist are remembered for a minute, so a shopper's repeated visits cost the
// backend one question, not one per page view. A subject that vanished within that minute still
// gets its not-found page from the page itself. Missing subjects are never remembered: one
// published a second later must show at once.
const REMEMBER_MS = 60_000
const REMEMBERED_MAX = 5_000
const seen = new Map<string, number>()

function keyOf(subject: PageSubject): string {
  return subject.kind === "order"
    ? `order:${subject.id}`
    : `${subject.kind}:${subject.handle}`
}

function remembered(key: string, now: number): boolean {
  const until = seen.get(key)
  if (until === undefined) return false
  if (until > now) return true
  seen.delete(key)
  return false
}

function remember(key: string, now: number) {
  if (seen.size >= REMEMBERED_MAX) {
    // Maps iterate in insertion order: the oldest entry goes first.
    seen.delete(seen.keys().next().value as string)
  }
  seen.set(key, now + REMEMBER_MS)
}

async function storeGet<T>(path: string, query?: Record<string, unknown>) {
  return getSdk().client.fetch<T>(path, {
    method: "GET",
    query,
    cache: "no-store",
    // A slow backend must not hold the page: the page itself decides then.
    signal: AbortSignal.timeout(5_000),
  })
}

async function askBackend(subject: PageSubject): Promise<boolean> {
  switch (subject.kind) {
    case "product": {
      const { products } = await storeGet<{ products: { handle: string }[] }>(
        "/store/products",
        { handle: subject.handle, fields: "id,handle", limit: 1 }
      )
      return products.some((product) => product.handle === subject.handle)
    }
    case "category": {
      const { product_categories } = await storeGet<{
        product_categories: { handle: string }[]
      }>("/store/product-categories", {
        handle: subject.handle,
        fields: "id,handle",
        limit: 1,
      })
      return product_categories.some((c) => c.handle === subject.handle)
    }
    case "producer":
      await storeGet(`/store/producers/${encodeURIComponent(subject.handle)}`)
      return true
    case "order":
      await storeGet(`/store/orders/${encodeURIComponent(subject.id)}/summary`)
      return true
  }
}

/**
 * Whether the backend knows the page's subject, asked before the page renders so that a missing
 * one is answered with HTTP 404 before any of the page streams. Only a clear "not found" counts
 * as missing: when the backend is slow or failing, the page renders and says so itself.
 */
export async function pageExists(subject: PageSubject): Promise<boolean> {
  const key = keyOf(subject)
  const now = Date.now()
  if (remembered(key, now)) return true
  try {
    const exists = await askBackend(subject)
    if (exists) remember(key, now)
    return exists
  } catch (error) {
    return !isNotFound(error)
  }
}
