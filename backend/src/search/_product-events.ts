import type { SearchTypes } from "@medusajs/framework/types"
import {
  InventoryLevelWorkflowEvents,
  PricingEvents,
  ProductCategoryWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
  TranslationWorkflowEvents,
} from "@medusajs/framework/utils"
import { MarketEvents } from "../types/events"
import { present } from "../utils/present"

type Query = SearchTypes.SearchContainer["query"]
/** Events carry an `id` (one or many) or, for our own events, the `product_ids` they touch. */
type SearchEvent = {
  name: string
  data?: { id?: unknown; product_ids?: unknown } | null
}

/**
 * Everything that changes what a product document holds or whether shoppers may see it: the
 * product itself, its variants' prices and stock, its category, its English copy, and our own
 * producer (name, village, verification), OCOP certificate and announced-harvest events.
 */
export const PRODUCT_INDEX_EVENTS: string[] = [
  ...Object.values(ProductWorkflowEvents),
  ...Object.values(ProductVariantWorkflowEvents),
  InventoryLevelWorkflowEvents.CREATED,
  InventoryLevelWorkflowEvents.UPDATED,
  InventoryLevelWorkflowEvents.DELETED,
  // Prices changed outside a variant workflow (price lists, the pricing module) only say so here.
  PricingEvents.PRICE_CREATED,
  PricingEvents.PRICE_UPDATED,
  PricingEvents.PRICE_DELETED,
  ProductCategoryWorkflowEvents.UPDATED,
  ...Object.values(TranslationWorkflowEvents),
  MarketEvents.PRODUCER_CREATED,
  MarketEvents.PRODUCER_UPDATED,
  MarketEvents.OCOP_CERTIFICATE_UPDATED,
  MarketEvents.PRICE_LIST_PERIOD_CHANGED,
  MarketEvents.HARVEST_PREORDER_UPDATED,
]

/** Only a deleted product leaves by id; every other event re-reads its products. */
export const isProductDeletion = (event: SearchEvent) =>
  event.name === ProductWorkflowEvents.DELETED

const idsOf = (value: unknown): string[] =>
  value === undefined || value === null
    ? []
    : (Array.isArray(value) ? value : [value]).map(String)

const unique = (values: (string | null | undefined)[]) => [
  ...new Set(values.filter((value): value is string => !!value)),
]

async function productsOfVariants(query: Query, variantIds: string[]) {
  if (!variantIds.length) {
    return []
  }
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["product_id"],
    filters: { id: variantIds },
    withDeleted: true,
  })
  return unique(
    (data as { product_id: string | null }[]).map(
      (variant) => variant.product_id
    )
  )
}

async function productsOfInventoryLevels(query: Query, levelIds: string[]) {
  const { data } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item.variants.product_id"],
    filters: { id: levelIds },
    withDeleted: true,
  })
  return unique(
    (
      data as {
        inventory_item?: {
          variants?: ({ product_id: string | null } | null)[] | null
        } | null
      }[]
    ).flatMap((level) =>
      present(level.inventory_item?.variants).map(
        (variant) => variant.product_id
      )
    )
  )
}

async function productsOfPrices(query: Query, priceIds: string[]) {
  const { data } = await query.graph({
    entity: "price",
    fields: ["price_set.variant.product_id"],
    filters: { id: priceIds },
    withDeleted: true,
  })
  return unique(
    (
      data as {
        price_set?: { variant?: { product_id: string | null } | null } | null
      }[]
    ).map((price) => price.price_set?.variant?.product_id)
  )
}

async function productsOfCategories(query: Query, categoryIds: string[]) {
  const { data } = await query.graph({
    entity: "product_category",
    fields: ["products.id"],
    filters: { id: categoryIds },
  })
  return unique(
    (data as { products?: ({ id: string } | null)[] | null }[]).flatMap(
      (category) => present(category.products).map((product) => product.id)
    )
  )
}

async function productsOfTranslations(query: Query, translationIds: string[]) {
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference", "reference_id"],
    filters: { id: translationIds },
    withDeleted: true,
  })
  const rows = data as { reference: string; reference_id: string }[]
  const categoryIds = unique(
    rows
      .filter((row) => row.reference === "product_category")
      .map((row) => row.reference_id)
  )
  return unique([
    ...rows
      .filter((row) => row.reference === "product")
      .map((row) => row.reference_id),
    ...(categoryIds.length
      ? await productsOfCategories(query, categoryIds)
      : []),
  ])
}

/** The products an event touches, for `graphConsume` to read back and re-index. */
export async function resolveProductIds(
  event: SearchEvent,
  context: SearchTypes.SearchIngestionContext
): Promise<string[]> {
  const query = context.container.query
  const ids = idsOf(event.data?.id)
  if (event.data?.product_ids) {
    return unique(idsOf(event.data.product_ids))
  }
  if (!ids.length) {
    return []
  }
  const [domain] = event.name.split(".")
  switch (domain) {
    case "product":
      return ids
    case "product-variant":
      return await productsOfVariants(query, ids)
    case "inventory-level":
      return await productsOfInventoryLevels(query, ids)
    case "pricing":
      return await productsOfPrices(query, ids)
    case "product-category":
      return await productsOfCategories(query, ids)
    case "translation":
      return await productsOfTranslations(query, ids)
    default:
      return []
  }
}
