import type { Logger } from "@medusajs/framework/types"
import { readMarketEnv } from "../config/env"

/**
 * The storefront's cache tags (storefront/src/lib/data/catalogue/cache-tags.ts): the whole
 * catalogue's, one list's, or one product's or producer's page.
 */
export type RevalidationTag =
  // Every product or producer read: only changes that reach every page name them.
  | "products"
  | "producers"
  | "categories"
  // What is in season: the month's first run of jobs/revalidate-in-season.ts.
  | "in-season"
  | "in-season-list"
  // The product list unfiltered (the home page's picks too), and the producer list.
  | "product-list"
  | "producer-list"
  | `product-list:${string}`
  | `product:${string}`
  | `producer:${string}`

// A tag travels in HTTP headers, which carry no marks: handles are percent-encoded, as the
// storefront does.
const handleOf = (handle: string) => encodeURIComponent(handle.normalize("NFC"))

/** The tags naming one product's page, one producer's page, one category's list. */
export const pageTags = {
  product: (handle: string): RevalidationTag => `product:${handleOf(handle)}`,
  producer: (handle: string): RevalidationTag => `producer:${handleOf(handle)}`,
  categoryList: (handle: string): RevalidationTag =>
    `product-list:${handleOf(handle)}`,
}

const TIMEOUT_MS = 5_000

type RevalidationTarget = {
  storefrontUrl: string
  secret: string | undefined
}

let targetFromEnv: RevalidationTarget | undefined

/** The env was validated at boot by medusa-config; read it once, on first use. */
function defaultTarget(): RevalidationTarget {
  if (!targetFromEnv) {
    const env = readMarketEnv()
    targetFromEnv = {
      storefrontUrl: env.STOREFRONT_INTERNAL_URL ?? env.STOREFRONT_PUBLIC_URL,
      secret: env.REVALIDATE_SECRET,
    }
  }
  return targetFromEnv
}

/**
 * Asks the storefront to regenerate the cached pages behind `tags` (the storefront
 * serves cached pages, so shoppers' traffic does not reach the backend). Never throws: a storefront that is down must not fail a backend write.
 */
export async function revalidateStorefront(
  tags: RevalidationTag[],
  logger: Logger,
  explicitTarget?: RevalidationTarget
): Promise<boolean> {
  let target: RevalidationTarget
  try {
    target = explicitTarget ?? defaultTarget()
  } catch (error) {
    logger.warn(
      `Storefront revalidation skipped: ${error instanceof Error ? error.message : String(error)}`
    )
    return false
  }
  if (!target.secret) {
    logger.debug(
      "REVALIDATE_SECRET is not set: skipping storefront revalidation"
    )
    return false
  }
  const endpoint = new URL("/api/revalidate", target.storefrontUrl).toString()
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-revalidate-secret": target.secret,
      },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!response.ok) {
      logger.warn(
        `Storefront revalidation at ${endpoint} answered ${response.status}`
      )
      return false
    }
    return true
  } catch (error) {
    logger.warn(
      `Storefront revalidation at ${endpoint} failed: ${error instanceof Error ? error.message : String(error)}`
    )
    return false
  }
}

const COALESCE_MS = 250
// The storefront's /api/revalidate takes at most this many tags a request; a producer's edit
// can name more (each of its products' pages and categories).
const MAX_TAGS_PER_REQUEST = 100

let pendingTags = new Set<RevalidationTag>()
let pendingFlush: Promise<boolean> | null = null

/**
 * Queues a revalidation and sends one request for every burst of events (one price update
 * emits an event per price), with the union of their tags.
 */
export function scheduleStorefrontRevalidation(
  tags: RevalidationTag[],
  logger: Logger
): Promise<boolean> {
  tags.forEach((tag) => pendingTags.add(tag))
  if (!pendingFlush) {
    pendingFlush = new Promise<void>((resolve) =>
      setTimeout(resolve, COALESCE_MS)
    ).then(async () => {
      const batch = [...pendingTags]
      pendingTags = new Set()
      pendingFlush = null
      let sent = true
      for (let i = 0; i < batch.length; i += MAX_TAGS_PER_REQUEST) {
        const chunk = batch.slice(i, i + MAX_TAGS_PER_REQUEST)
        sent = (await revalidateStorefront(chunk, logger)) && sent
      }
      return sent
    })
  }
  return pendingFlush
}
