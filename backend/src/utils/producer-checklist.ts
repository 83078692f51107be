import type { RemoteQueryFunction } from "@medusajs/framework/types"

type QueryGraph = Pick<RemoteQueryFunction, "graph">

/** What an officer needs before verifying a producer, and what helps it sell. */
export const REQUIRED_ITEMS = [
  "name",
  "kind",
  "phone",
  "consent",
  "ward",
  "province",
  "product_with_price",
] as const
export const RECOMMENDED_ITEMS = [
  "story",
  "photos",
  "certificates",
  "marketplace_links",
] as const

export type ChecklistItemKey =
  (typeof REQUIRED_ITEMS)[number] | (typeof RECOMMENDED_ITEMS)[number]

export type ChecklistItem = {
  key: ChecklistItemKey
  required: boolean
  done: boolean
}

export type Checklist = {
  ready: boolean
  missing: ChecklistItemKey[]
  items: ChecklistItem[]
}

export type ChecklistInput = {
  name?: string | null
  kind?: string | null
  phone?: string | null
  consent_given_by?: string | null
  consent_method?: string | null
  ward?: string | null
  province?: string | null
  story_vi?: string | null
  story_en?: string | null
  photos?: unknown
  products: {
    prices: number[]
    has_certificate: boolean
    listing_count: number
  }[]
}

const filled = (value: string | null | undefined) => !!value?.trim()

/** The checklist of one producer; `ready` when nothing required is missing. */
export function computeChecklist(input: ChecklistInput): Checklist {
  const done: Record<ChecklistItemKey, boolean> = {
    name: filled(input.name),
    kind: filled(input.kind),
    phone: filled(input.phone),
    consent: filled(input.consent_given_by) && filled(input.consent_method),
    ward: filled(input.ward),
    province: filled(input.province),
    product_with_price: input.products.some((product) =>
      product.prices.some((price) => price > 0)
    ),
    story: filled(input.story_vi) || filled(input.story_en),
    photos: Array.isArray(input.photos) && input.photos.length > 0,
    certificates: input.products.some((product) => product.has_certificate),
    marketplace_links: input.products.some(
      (product) => product.listing_count > 0
    ),
  }
  const items: ChecklistItem[] = [
    ...REQUIRED_ITEMS.map((key) => ({ key, required: true, done: done[key] })),
    ...RECOMMENDED_ITEMS.map((key) => ({
      key,
      required: false,
      done: done[key],
    })),
  ]
  const missing = REQUIRED_ITEMS.filter((key) => !done[key])
  return { ready: missing.length === 0, missing, items }
}

const MISSING_LABELS: Record<ChecklistItemKey, string> = {
  name: "the producer's name",
  kind: "the kind (cooperative, farm, household or enterprise)",
  phone: "a phone number",
  consent: "the producer's consent (who gave it and how)",
  ward: "the ward or commune",
  province: "the province",
  product_with_price: "at least one product with a price",
  story: "a story",
  photos: "photos",
  certificates: "an OCOP certificate",
  marketplace_links: "a voso.vn or postmart.vn link",
}

/** "Still missing: the ward or commune, the province." for a 400 answer. */
export function describeMissing(missing: ChecklistItemKey[]): string {
  return `Cannot submit yet. Still missing: ${missing
    .map((key) => MISSING_LABELS[key])
    .join(", ")}.`
}

/** The prices of a product row read with `variants.prices.amount`. */
export type PricedProductRow = {
  variants?:
    | ({
        prices?: ({ amount: number | string | null } | null)[] | null
      } | null)[]
    | null
}

/** Every price amount of a product's variants, whole đồng. */
export function variantPricesOf(product: PricedProductRow): number[] {
  return (product.variants ?? []).flatMap((variant) =>
    (variant?.prices ?? []).map((price) => Number(price?.amount ?? 0))
  )
}

type ChecklistProductRow = PricedProductRow & {
  ocop_certificate?: { id: string } | null
  marketplace_listings?: ({ id: string } | null)[] | null
}

/** Reads what the checklist needs of one producer: its fields and its products' prices. */
export async function loadChecklistInput(
  query: QueryGraph,
  producerId: string
): Promise<ChecklistInput | null> {
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: [
      "id",
      "name",
      "kind",
      "phone",
      "consent_given_by",
      "consent_method",
      "ward",
      "province",
      "story_vi",
      "story_en",
      "photos",
      "products.id",
    ],
    filters: { id: producerId },
  })
  const producer = producers[0]
  if (!producer) {
    return null
  }
  const productIds = (producer.products ?? []).flatMap((product) =>
    product ? [product.id] : []
  )
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: [
          "id",
          "variants.prices.amount",
          "ocop_certificate.id",
          "marketplace_listings.id",
        ],
        filters: { id: productIds },
      })
    : { data: [] }
  return {
    ...(producer as unknown as Omit<ChecklistInput, "products">),
    products: (products as ChecklistProductRow[]).map((product) => ({
      prices: variantPricesOf(product),
      has_certificate: !!product.ocop_certificate?.id,
      listing_count: (product.marketplace_listings ?? []).filter(Boolean)
        .length,
    })),
  }
}
