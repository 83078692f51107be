import { DEFAULT_LOW_STOCK_THRESHOLD } from "../../domain/message-audience"
import { MESSAGING_MODULE } from "../../modules/messaging"
import type MessagingModuleService from "../../modules/messaging/service"
import { preorderUnitsLeft } from "../../domain/preorder"
import { vietnamDate } from "../../domain/harvest-season"
import type {
  HarvestPreorderDTO,
  HarvestSeasonInput,
} from "../../types/harvest/module"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProducerProductLink from "../../links/producer-product"
import { shopperPrices, type ShopperPrice } from "../../domain/shopper-price"
import { isProductVisible, requestedStatusOf } from "../../domain/visibility"
import type { Marketplace } from "../../types/marketplace/module"
import type { OcopIssuingLevel } from "../../types/ocop/module"
import type {
  PortalPreorder,
  PortalProduct,
} from "../../types/producer-portal/http"
import type { ProducerStatus } from "../../types/producer/module"
import { present } from "../../utils/present"

/**
 * The one read of a producer's products, shared by the member's portal and the volunteer's
 * wizard: which products are the producer's, the fields read, and how a row becomes the
 * portal's product shape. Each actor's routes only add their own scoping on top.
 */

/** What the portal shows of a product: its text, pictures, prices, stock, certificate and links. */
export const portalProductFields = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "metadata",
  "thumbnail",
  "created_at",
  "images.url",
  "images.rank",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.rules_count",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  "ocop_certificate.stars",
  "ocop_certificate.displayed_stars",
  "ocop_certificate.decision_number",
  "ocop_certificate.expires_at",
  "marketplace_listings.id",
  "marketplace_listings.marketplace",
  "marketplace_listings.url",
  "harvest_season.all_year",
  "harvest_season.harvest_months",
  "harvest_season.best_months",
  "harvest_preorder.harvest_on",
  "harvest_preorder.ships_on",
  "harvest_preorder.quantity",
  "harvest_preorder.ordered",
]

/** The portal's product fields plus the whole certificate, which the wizard edits. */
export const onboardingProductFields = [
  ...portalProductFields,
  "ocop_certificate.issuing_level",
  "ocop_certificate.issued_at",
  "ocop_certificate.image_url",
]

type PriceRow = {
  amount: number | string | null
  currency_code: string | null
  rules_count?: number | string | null
}

type InventoryLinkRow = {
  inventory?: {
    location_levels?: ({ stocked_quantity: number | string | null } | null)[]
  } | null
}

type VariantRow = {
  id: string
  title: string
  sku?: string | null
  manage_inventory?: boolean | null
  prices?: (PriceRow | null)[] | null
  inventory_items?: (InventoryLinkRow | null)[] | null
}

type CertificateRow = {
  stars: number
  displayed_stars?: number | null
  decision_number: string
  expires_at: Date | string
  issuing_level?: OcopIssuingLevel
  issued_at?: Date | string
  image_url?: string | null
}

/** A product as `portalProductFields` (or `onboardingProductFields`) reads it. */
type ProducerProductRow = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  status: string
  metadata?: Record<string, unknown> | null
  thumbnail?: string | null
  images?: ({ url: string; rank?: number | null } | null)[] | null
  variants?: (VariantRow | null)[] | null
  ocop_certificate?: CertificateRow | null
  marketplace_listings?:
    ({ id: string; marketplace: Marketplace; url: string } | null)[] | null
  harvest_season?: HarvestSeasonInput | null
  harvest_preorder?: Omit<HarvestPreorderDTO, "id"> | null
}

/** Ids of every product of one producer, newest link first. */
export async function listProducerProductIds(
  scope: MedusaContainer,
  producerId: string
): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ProducerProductLink.entryPoint,
    fields: ["product_id"],
    filters: { producer_id: producerId },
  })
  return links.map((link: { product_id: string }) => link.product_id)
}

function stockOf(variant: VariantRow): number | null {
  if (!variant.manage_inventory) {
    return null
  }
  return (variant.inventory_items ?? [])
    .flatMap((link) => link?.inventory?.location_levels ?? [])
    .reduce((sum, level) => sum + Number(level?.stocked_quantity ?? 0), 0)
}

/** The base VND price, the one a producer edits: no price list, no rules. */
function basePriceOf(variant: VariantRow): number | null {
  const price = (variant.prices ?? []).find(
    (candidate) =>
      candidate?.currency_code === "vnd" && !Number(candidate.rules_count)
  )
  return price ? Number(price.amount) : null
}

/** What is read per variant beside the product: shopper prices and low-stock thresholds. */
export type VariantReadings = {
  prices: Map<string, ShopperPrice | null>
  thresholds: Map<string, number>
}

/** The portal's own shape of a product (no Medusa internals reach the storefront). */
export function toPortalProduct(
  product: ProducerProductRow,
  producerStatus: ProducerStatus,
  { prices, thresholds }: VariantReadings
): PortalProduct {
  const images = present(product.images)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((image) => image.url)
  const certificate = product.ocop_certificate
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle ?? null,
    description: product.description ?? null,
    status: requestedStatusOf(product.status),
    archived: Boolean(product.metadata?.archived_at),
    visible_to_shoppers: isProductVisible({
      producerStatus,
      productStatus: product.status,
    }),
    thumbnail: product.thumbnail ?? images[0] ?? null,
    images,
    variants: present(product.variants).map((variant) => ({
      id: variant.id,
      title: variant.title,
      sku: variant.sku ?? null,
      price: basePriceOf(variant),
      shopper_price: prices.get(variant.id)?.amount ?? null,
      stock: stockOf(variant),
      low_stock_threshold: variant.manage_inventory
        ? (thresholds.get(variant.id) ?? DEFAULT_LOW_STOCK_THRESHOLD)
        : null,
    })),
    ocop_certificate: certificate
      ? {
          stars: certificate.stars,
          displayed_stars: certificate.displayed_stars ?? null,
          decision_number: certificate.decision_number,
          expires_at: new Date(certificate.expires_at).toISOString(),
        }
      : null,
    season: product.harvest_season
      ? {
          all_year: product.harvest_season.all_year,
          harvest_months: product.harvest_season.harvest_months,
          best_months: product.harvest_season.best_months,
        }
      : null,
    preorder: portalPreorderOf(product.harvest_preorder),
    marketplace_listings: present(product.marketplace_listings).map(
      (listing) => ({
        id: listing.id,
        marketplace: listing.marketplace,
        url: listing.url,
      })
    ),
  }
}

type ProductRead = {
  producerId: string
  /** Only these of the producer's products; ids of other producers are silently left out. */
  productIds?: string[]
  fields: string[]
  order: "ASC" | "DESC"
}

/**
 * Reads products of one producer with the shopper price of every variant. The producer's
 * scoping is applied here, so no caller can read another producer's product by its id.
 */
export async function readProducerProducts(
  container: MedusaContainer,
  { producerId, productIds, fields, order }: ProductRead
): Promise<{ products: ProducerProductRow[] } & VariantReadings> {
  const own = await listProducerProductIds(container, producerId)
  const ids = productIds ? own.filter((id) => productIds.includes(id)) : own
  if (!ids.length) {
    return { products: [], prices: new Map(), thresholds: new Map() }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields,
    filters: { id: ids },
    pagination: { order: { created_at: order } },
  })
  const products = data as ProducerProductRow[]
  const variantIds = products.flatMap((product) =>
    present(product.variants).map((variant) => variant.id)
  )
  const alerts = await container
    .resolve<MessagingModuleService>(MESSAGING_MODULE)
    .listStockAlerts({ variant_id: variantIds })
  return {
    products,
    prices: await shopperPrices(query, variantIds),
    thresholds: new Map(
      alerts.map((alert) => [alert.variant_id, alert.threshold])
    ),
  }
}

function portalPreorderOf(
  preorder: Omit<HarvestPreorderDTO, "id"> | null | undefined
): PortalPreorder | null {
  if (!preorder) {
    return null
  }
  const remaining = preorderUnitsLeft(preorder, vietnamDate(new Date()))
  return {
    harvest_on: preorder.harvest_on,
    ships_on: preorder.ships_on,
    quantity: preorder.quantity,
    ordered: preorder.ordered,
    remaining,
    open: remaining > 0,
  }
}
