import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  InventoryLevelWorkflowEvents,
  PricingEvents,
  ProductCategoryWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
} from "@medusajs/framework/utils"
import { MarketEvents } from "../types/events"
import { present } from "../utils/present"
import {
  pageTags,
  scheduleStorefrontRevalidation,
  type RevalidationTag,
} from "../utils/storefront-revalidation"

type QueryGraph = Pick<RemoteQueryFunction, "graph">

/** Events carry an `id` (one or many) or, for our own events, the `product_ids` they touch. */
type CatalogueEventData = { id?: unknown; product_ids?: unknown } | null

// Every product and producer read on the storefront: for changes whose reach cannot be named.
const WHOLE_CATALOGUE: RevalidationTag[] = ["products", "producers"]

// A category's name shows on every list and product page.
const CATEGORY_EVENTS: string[] = Object.values(ProductCategoryWorkflowEvents)
// A price list (a sale) changed as a whole; the prices it holds announce themselves as prices.
const PRICE_LIST_EVENTS: string[] = [
  PricingEvents.PRICE_LIST_CREATED,
  PricingEvents.PRICE_LIST_UPDATED,
  PricingEvents.PRICE_LIST_DELETED,
]
// A product created, published, unpublished or deleted changes its producer's product count.
const PRODUCT_EVENTS: string[] = Object.values(ProductWorkflowEvents)
const PRODUCER_EVENTS: string[] = [
  MarketEvents.PRODUCER_CREATED,
  MarketEvents.PRODUCER_UPDATED,
]

const idsOf = (value: unknown): string[] =>
  value === undefined || value === null
    ? []
    : (Array.isArray(value) ? value : [value]).map(String)

const unique = <T extends string>(values: (T | null | undefined)[]): T[] => [
  ...new Set(values.filter((value): value is T => !!value)),
]

type ProductRow = {
  handle: string
  categories?: ({ handle: string } | null)[] | null
  producer?: { handle: string } | null
}

/** The products an event is about, read from what the event names. */
async function productIdsOf(
  query: QueryGraph,
  name: string,
  data: CatalogueEventData
): Promise<string[]> {
  if (data?.product_ids) return unique(idsOf(data.product_ids))
  const ids = idsOf(data?.id)
  if (!ids.length || PRODUCER_EVENTS.includes(name)) return []
  if (PRODUCT_EVENTS.includes(name)) return ids
  if (name.startsWith("product-variant.")) {
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["product_id"],
      filters: { id: ids },
      withDeleted: true,
    })
    return unique(
      (variants as { product_id: string | null }[]).map((v) => v.product_id)
    )
  }
  if (name.startsWith("inventory-level.")) {
    const { data: levels } = await query.graph({
      entity: "inventory_level",
      fields: ["inventory_item.variants.product_id"],
      filters: { id: ids },
      withDeleted: true,
    })
    type Level = {
      inventory_item?: {
        variants?: ({ product_id: string | null } | null)[] | null
      } | null
    }
    return unique(
      (levels as Level[]).flatMap((level) =>
        present(level.inventory_item?.variants).map((v) => v.product_id)
      )
    )
  }
  if (name.startsWith("pricing.price.")) {
    const { data: prices } = await query.graph({
      entity: "price",
      fields: ["price_set.variant.product_id"],
      filters: { id: ids },
      withDeleted: true,
    })
    type Price = {
      price_set?: { variant?: { product_id: string | null } | null } | null
    }
    return unique(
      (prices as Price[]).map((price) => price.price_set?.variant?.product_id)
    )
  }
  return []
}

/**
 * The pages showing these products: each product's own, its producer's, the product list, its
 * categories' lists and the in-season list (the home page's picks come from the product list).
 */
async function productPageTags(
  query: QueryGraph,
  productIds: string[]
): Promise<RevalidationTag[]> {
  const { data } = await query.graph({
    entity: "product",
    fields: ["handle", "categories.handle", "producer.handle"],
    filters: { id: productIds },
    withDeleted: true,
  })
  const products = data as ProductRow[]
  return unique<RevalidationTag>([
    ...products.flatMap((product) => [
      pageTags.product(product.handle),
      product.producer ? pageTags.producer(product.producer.handle) : null,
      ...present(product.categories).map((category) =>
        pageTags.categoryList(category.handle)
      ),
    ]),
    "product-list",
    "in-season-list",
  ])
}

/** A producer's own page and the producer list (the home page's producers come from it). */
async function producerPageTags(
  query: QueryGraph,
  producerIds: string[]
): Promise<RevalidationTag[]> {
  const { data } = await query.graph({
    entity: "producer",
    fields: ["handle"],
    filters: { id: producerIds },
  })
  return [
    ...(data as { handle: string }[]).map((p) => pageTags.producer(p.handle)),
    "producer-list",
  ]
}

/**
 * The storefront tags an event touches: the pages showing what changed, not the whole
 * catalogue. Whole-catalogue tags are kept for changes that reach every page (a category) or
 * whose products cannot be named.
 */
export async function revalidationTagsOf(
  query: QueryGraph,
  name: string,
  data: CatalogueEventData
): Promise<RevalidationTag[]> {
  if (CATEGORY_EVENTS.includes(name)) return [...WHOLE_CATALOGUE, "categories"]
  if (PRICE_LIST_EVENTS.includes(name)) return WHOLE_CATALOGUE
  const productIds = await productIdsOf(query, name, data)
  const producerTags = PRODUCER_EVENTS.includes(name)
    ? await producerPageTags(query, idsOf(data?.id))
    : []
  if (!productIds.length) {
    if (producerTags.length) return producerTags
    // A price replaced by a new one is deleted for good, so it names no product any more; the
    // prices written in the same change name it.
    if (name === PricingEvents.PRICE_DELETED) return []
    return WHOLE_CATALOGUE
  }
  return unique<RevalidationTag>([
    ...(await productPageTags(query, productIds)),
    ...(PRODUCT_EVENTS.includes(name) ? ["producer-list" as const] : []),
    ...producerTags,
  ])
}

/** Refreshes the storefront's cached catalogue pages showing what an event changed. */
export default async function revalidateStorefrontHandler({
  event,
  container,
}: SubscriberArgs<CatalogueEventData>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let tags: RevalidationTag[]
  try {
    tags = await revalidationTagsOf(query, event.name, event.data)
  } catch (error) {
    // The pages cannot be named: refreshing them all is better than serving stale ones.
    logger.warn(
      `Storefront revalidation for ${event.name} falls back to the whole catalogue: ${error instanceof Error ? error.message : String(error)}`
    )
    tags = WHOLE_CATALOGUE
  }
  if (tags.length) await scheduleStorefrontRevalidation(tags, logger)
}

export const config: SubscriberConfig = {
  event: [
    ...PRODUCT_EVENTS,
    ...Object.values(ProductVariantWorkflowEvents),
    ...CATEGORY_EVENTS,
    InventoryLevelWorkflowEvents.CREATED,
    InventoryLevelWorkflowEvents.UPDATED,
    InventoryLevelWorkflowEvents.DELETED,
    // Price lists (sales) have no workflow events; their module events are the only signal.
    /* eslint-disable @medusajs/prefer-workflow-event-over-module-event */
    PricingEvents.PRICE_CREATED,
    PricingEvents.PRICE_UPDATED,
    PricingEvents.PRICE_DELETED,
    PricingEvents.PRICE_LIST_CREATED,
    PricingEvents.PRICE_LIST_UPDATED,
    PricingEvents.PRICE_LIST_DELETED,
    /* eslint-enable @medusajs/prefer-workflow-event-over-module-event */
    ...Object.values(MarketEvents),
  ],
  context: { subscriberId: "revalidate-storefront" },
}
