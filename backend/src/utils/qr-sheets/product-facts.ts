import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { displayedStars } from "../../domain/ocop-stars"
import { lowestShopperPrice, shopperPrices } from "../../domain/shopper-price"
import { present } from "../present"
import { productQrLink } from "../public-links"

/** What a printed poster or label says about a product, decided by the market's own rules. */
export type QrSheetProduct = {
  id: string
  handle: string
  title: string
  /** The lowest price a shopper pays (sale included), in đồng; null without a price. */
  price: number | null
  /** Whether variants cost different amounts, so the price reads "from …". */
  priceVaries: boolean
  /** OCOP stars while the certificate counts, else null. */
  stars: number | null
  producerName: string | null
  village: string | null
  photoUrl: string | null
  /** What the QR code opens: the public product page, counted as a printed-code visit. */
  link: string
}

type ProductRow = {
  id: string
  handle: string
  title: string
  thumbnail?: string | null
  images?: ({ url: string; rank?: number | null } | null)[] | null
  variants?: ({ id: string } | null)[] | null
  ocop_certificate?: {
    stars: number
    issued_at: Date | string
    expires_at: Date | string | null
  } | null
  producer?: { name: string; village?: string | null } | null
}

const FIELDS = [
  "id",
  "handle",
  "title",
  "thumbnail",
  "images.url",
  "images.rank",
  "variants.id",
  "ocop_certificate.stars",
  "ocop_certificate.issued_at",
  "ocop_certificate.expires_at",
  "producer.name",
  "producer.village",
]

/**
 * The facts both QR sheets print, for the given products in the given order: the price rule
 * (`shopperPrices`) and the stars rule (`displayedStars`) decide what is shown, as they do on
 * every page shoppers see. Callers check visibility and ownership first.
 */
export async function readQrSheetProducts(
  container: MedusaContainer,
  productIds: string[]
): Promise<QrSheetProduct[]> {
  if (!productIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: FIELDS,
    filters: { id: productIds },
  })
  const rows = data as ProductRow[]
  const prices = await shopperPrices(
    query,
    rows.flatMap((row) => present(row.variants).map((variant) => variant.id))
  )
  const byId = new Map(rows.map((row) => [row.id, row]))
  return productIds.flatMap((id) => {
    const row = byId.get(id)
    if (!row) {
      return []
    }
    const variantPrices = present(row.variants).map((variant) =>
      prices.get(variant.id)
    )
    const amounts = new Set(
      variantPrices.flatMap((price) => (price ? [price.amount] : []))
    )
    const images = present(row.images).sort(
      (a, b) => (a.rank ?? 0) - (b.rank ?? 0)
    )
    return [
      {
        id: row.id,
        handle: row.handle,
        title: row.title,
        price: lowestShopperPrice(variantPrices),
        priceVaries: amounts.size > 1,
        stars: displayedStars(row.ocop_certificate),
        producerName: row.producer?.name ?? null,
        village: row.producer?.village ?? null,
        photoUrl: row.thumbnail || images[0]?.url || null,
        link: productQrLink(row.handle),
      },
    ]
  })
}
