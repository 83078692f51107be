import type {
  AuthenticatedMedusaRequest,
  MedusaRequest,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import ProducerProductLink from "../../links/producer-product"
import type {
  PortalMember,
  PortalProducer,
  PortalProduct,
} from "../../types/producer-portal/http"
import type { ProducerStatus } from "../../types/producer/module"
import { shopperPrices, type ShopperPrice } from "../../domain/shopper-price"
import { isProductVisible, requestedStatusOf } from "../../domain/visibility"
import { portalProductFields } from "./query-config"

export type ProducerScope = {
  member: PortalMember
  producer: PortalProducer
}

/**
 * The member behind the token and the one producer it acts for. Every /producer/* route starts
 * here and scopes all reads and writes by `producer.id` (Medusa's RBAC module needs an
 * Enterprise licence). A token whose member was removed is refused.
 */
export async function resolveProducerScope(
  req: MedusaRequest
): Promise<ProducerScope> {
  const actorId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members } = actorId
    ? await query.graph({
        entity: "producer_member",
        fields: [
          "id",
          "email",
          "name",
          "producer.id",
          "producer.handle",
          "producer.name",
          "producer.kind",
          "producer.status",
        ],
        filters: { id: actorId },
      })
    : { data: [] }
  const member = members[0]
  if (!member?.producer) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "Sign in again as a member of a producer"
    )
  }
  return {
    member: { id: member.id, email: member.email, name: member.name ?? null },
    producer: member.producer as PortalProducer,
  }
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
  return links.map((link) => link.product_id as string)
}

type RawProduct = Record<string, any>

function stockOf(variant: RawProduct): number | null {
  if (!variant.manage_inventory) {
    return null
  }
  const levels = (variant.inventory_items ?? []).flatMap(
    (link: RawProduct | null) => link?.inventory?.location_levels ?? []
  ) as ({ stocked_quantity: number } | null)[]
  return levels.reduce(
    (sum, level) => sum + Number(level?.stocked_quantity ?? 0),
    0
  )
}

/** The base VND price, the one a producer edits: no price list, no rules. */
function basePriceOf(variant: RawProduct): number | null {
  const price = (variant.prices ?? []).find(
    (candidate: RawProduct | null) =>
      candidate?.currency_code === "vnd" && !Number(candidate.rules_count)
  )
  return price ? Number(price.amount) : null
}

/** The portal's own shape of a product (no Medusa internals reach the storefront). */
export function toPortalProduct(
  product: RawProduct,
  producerStatus: ProducerStatus,
  prices: Map<string, ShopperPrice | null>
): PortalProduct {
  const images = [...(product.images ?? [])]
    .filter(Boolean)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((image) => image.url as string)
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
    variants: (product.variants ?? [])
      .filter(Boolean)
      .map((variant: RawProduct) => ({
        id: variant.id,
        title: variant.title,
        sku: variant.sku ?? null,
        price: basePriceOf(variant),
        shopper_price: prices.get(variant.id)?.amount ?? null,
        stock: stockOf(variant),
      })),
    ocop_certificate: certificate
      ? {
          stars: certificate.stars,
          displayed_stars: certificate.displayed_stars ?? null,
          decision_number: certificate.decision_number,
          expires_at: new Date(certificate.expires_at).toISOString(),
        }
      : null,
    marketplace_listings: (product.marketplace_listings ?? [])
      .filter(Boolean)
      .map((listing: RawProduct) => ({
        id: listing.id,
        marketplace: listing.marketplace,
        url: listing.url,
      })),
  }
}

/** Shopper prices of every variant of these products. */
export function shopperPricesOfProducts(
  query: Parameters<typeof shopperPrices>[0],
  products: RawProduct[]
) {
  return shopperPrices(
    query,
    products.flatMap((product) =>
      (product.variants ?? []).flatMap((variant: RawProduct | null) =>
        variant ? [variant.id as string] : []
      )
    )
  )
}

/** Reads products of the scope's producer; ids of other producers are silently left out. */
export async function listPortalProducts(
  container: MedusaContainer,
  scope: ProducerScope,
  productIds?: string[]
): Promise<PortalProduct[]> {
  const own = await listProducerProductIds(container, scope.producer.id)
  const ids = productIds ? own.filter((id) => productIds.includes(id)) : own
  if (!ids.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: portalProductFields,
    filters: { id: ids },
    pagination: { order: { created_at: "DESC" } },
  })
  const prices = await shopperPricesOfProducts(query, products)
  return products.map((product) =>
    toPortalProduct(product, scope.producer.status, prices)
  )
}

/** One product of the scope's producer, or the same 404 a missing id gives. */
export async function retrievePortalProduct(
  container: MedusaContainer,
  scope: ProducerScope,
  productId: string
): Promise<PortalProduct> {
  const [product] = await listPortalProducts(container, scope, [productId])
  if (!product) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${productId} was not found`
    )
  }
  return product
}
