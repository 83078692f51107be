import type { SearchTypes } from "@medusajs/framework/types"
import { preorderUnitsLeft } from "../domain/preorder"
import { vietnamDate } from "../domain/harvest-season"
import { lowestShopperPrice, shopperPrices } from "../domain/shopper-price"
import { isProductVisible } from "../domain/visibility"
import type { ProducerStatus } from "../types/producer/module"
import { foldedSearchText } from "./_fold"
import { present } from "../utils/present"

/** English copies live in the Translation module under this locale (seed, Medusa Admin). */
export const ENGLISH_LOCALE = "en-US"

/** What a product document is built from, read through `query.graph`. */
export const PRODUCT_SOURCE_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "tags.value",
  "categories.id",
  "categories.handle",
  "categories.name",
  "sales_channels.id",
  "producer.name",
  "producer.handle",
  "producer.village",
  "producer.status",
  "ocop_certificate.displayed_stars",
  "variants.id",
  "variants.manage_inventory",
  "harvest_preorder.harvest_on",
  "harvest_preorder.quantity",
  "harvest_preorder.ordered",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

type StockVariantRow = {
  manage_inventory?: boolean | null
  inventory_items?:
    | ({
        required_quantity?: number | null
        inventory?: {
          location_levels?:
            | ({
                stocked_quantity?: number | string | null
                reserved_quantity?: number | string | null
              } | null)[]
            | null
        } | null
      } | null)[]
    | null
}

type ProducerSourceRow = {
  name: string
  handle: string
  village?: string | null
  status: ProducerStatus
}

/** A product as `PRODUCT_SOURCE_FIELDS` reads it. */
type ProductSourceRow = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  status: string
  thumbnail?: string | null
  created_at: Date | string
  tags?: ({ value: string | null } | null)[] | null
  categories?: ({ id: string; handle: string; name: string } | null)[] | null
  sales_channels?: ({ id: string } | null)[] | null
  producer?: ProducerSourceRow | null
  ocop_certificate?: { displayed_stars?: number | null } | null
  variants?: ((StockVariantRow & { id: string }) | null)[] | null
  harvest_preorder?: {
    harvest_on: string
    quantity: number
    ordered: number
  } | null
}

type Query = SearchTypes.SearchContainer["query"]

/** One searchable product as the index stores it (see `product.ts` for each field's role). */
export type ProductSearchDocument = {
  id: string
  handle: string
  status: string
  sales_channel_ids: string[]
  title: string
  title_en: string | null
  subtitle: string | null
  subtitle_en: string | null
  description: string | null
  description_en: string | null
  producer_name: string
  producer_handle: string
  village: string | null
  category_handles: string[]
  category_names: string[]
  tags: string[]
  ocop_stars: number | null
  price_min: number | null
  thumbnail: string | null
  in_stock: boolean
  created_at: string
  title_length: number
  folded: string
}

/**
 * A product can be bought when one of its variants can (untracked or in stock), or while its
 * announced harvest takes pre-orders. Medusa's backorder flag alone sells nothing here: the cart
 * checks hold a backordered variant to its stock once its announcement has closed.
 */
export function isInStock(
  variants: (StockVariantRow | null)[] | null | undefined,
  takesPreorders = false
): boolean {
  if (takesPreorders) {
    return true
  }
  return (variants ?? []).some((variant) => {
    if (!variant) {
      return false
    }
    if (!variant.manage_inventory) {
      return true
    }
    const items = variant.inventory_items ?? []
    return (
      items.length > 0 &&
      items.every((item) => {
        const available = (item?.inventory?.location_levels ?? []).reduce(
          (sum, level) =>
            sum +
            Number(level?.stocked_quantity ?? 0) -
            Number(level?.reserved_quantity ?? 0),
          0
        )
        return available >= Number(item?.required_quantity ?? 1)
      })
    )
  })
}

async function englishTranslations(
  query: Query,
  reference: string,
  ids: string[]
): Promise<Map<string, Record<string, string>>> {
  if (!ids.length) {
    return new Map()
  }
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "translations"],
    filters: { reference, reference_id: ids, locale_code: ENGLISH_LOCALE },
  })
  return new Map(
    (
      data as {
        reference_id: string
        translations: Record<string, string> | null
      }[]
    ).map((row) => [row.reference_id, row.translations ?? {}])
  )
}

const compact = (values: (string | null | undefined)[]) =>
  values.filter((value): value is string => !!value)

/**
 * Turns a page of products into documents, leaving out every product shoppers may not see —
 * `graphConsume` and the catch-up pass delete what is left out.
 */
export async function toProductDocuments(
  rows: ProductSourceRow[],
  context: SearchTypes.SearchIngestionContext
): Promise<ProductSearchDocument[]> {
  const visible = rows.filter(
    (row): row is ProductSourceRow & { producer: ProducerSourceRow } =>
      !!row.producer &&
      isProductVisible({
        producerStatus: row.producer.status,
        productStatus: row.status,
      })
  )
  const query = context.container.query
  const categoryIds = [
    ...new Set(
      visible.flatMap((row) => present(row.categories).map((c) => c.id))
    ),
  ]
  const variantIds = visible.flatMap((row) =>
    present(row.variants).map((variant) => variant.id)
  )
  const [productsEn, categoriesEn, prices] = await Promise.all([
    englishTranslations(
      query,
      "product",
      visible.map((row) => row.id)
    ),
    englishTranslations(query, "product_category", categoryIds),
    shopperPrices(query, variantIds),
  ])

  return visible.map((row) => {
    const en = productsEn.get(row.id) ?? {}
    const categories = present(row.categories)
    const categoryNames = compact(
      categories.flatMap((category) => [
        category.name,
        categoriesEn.get(category.id)?.name,
      ])
    )
    const tags = compact(present(row.tags).map((tag) => tag.value))
    return {
      id: row.id,
      handle: row.handle,
      status: row.status,
      sales_channel_ids: compact(
        present(row.sales_channels).map((channel) => channel.id)
      ),
      title: row.title,
      title_en: en.title ?? null,
      subtitle: row.subtitle ?? null,
      subtitle_en: en.subtitle ?? null,
      description: row.description ?? null,
      description_en: en.description ?? null,
      producer_name: row.producer.name,
      producer_handle: row.producer.handle,
      village: row.producer.village ?? null,
      category_handles: compact(categories.map((category) => category.handle)),
      category_names: [...new Set(categoryNames)],
      tags,
      // Decided when the certificate was written or by the daily job (domain/ocop-stars.ts).
      ocop_stars: row.ocop_certificate?.displayed_stars ?? null,
      price_min: lowestShopperPrice(
        present(row.variants).map((variant) => prices.get(variant.id))
      ),
      thumbnail: row.thumbnail ?? null,
      in_stock: isInStock(
        row.variants,
        !!row.harvest_preorder &&
          preorderUnitsLeft(row.harvest_preorder, vietnamDate(new Date())) > 0
      ),
      created_at: new Date(row.created_at).toISOString(),
      title_length: row.title.length,
      folded: foldedSearchText([
        row.title,
        en.title,
        row.producer.name,
        row.producer.village,
        ...categoryNames,
        ...tags,
      ]),
    }
  })
}
