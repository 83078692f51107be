import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError, ProductStatus } from "@medusajs/framework/utils"
import type { ProducerStatus } from "../types/producer/module"

type QueryGraph = Pick<RemoteQueryFunction, "graph">

type VisibilityInput = {
  producerStatus: ProducerStatus | null | undefined
  productStatus: string | null | undefined
}

/**
 * The visibility rule: a product reaches shoppers only while its producer is `verified` and
 * the product is `published`.
 */
export function isProductVisible(input: VisibilityInput): boolean {
  return (
    input.producerStatus === "verified" &&
    input.productStatus === ProductStatus.PUBLISHED
  )
}

/**
 * The status a product is stored with, so that Medusa's own `status: published` filter (Store
 * API product and variant routes, add-to-cart) is the visibility rule at query level. A
 * product its producer wants on sale is `published` only while that producer is verified;
 * otherwise it waits as `proposed` (Medusa's status for a vendor's product awaiting approval)
 * and becomes `published` again when the producer is verified. Drafts and rejected products
 * keep their status.
 */
export function listingStatusFor(input: VisibilityInput): ProductStatus {
  const wantsSale =
    input.productStatus === ProductStatus.PUBLISHED ||
    input.productStatus === ProductStatus.PROPOSED
  if (!wantsSale) {
    return (input.productStatus as ProductStatus) ?? ProductStatus.DRAFT
  }
  return input.producerStatus === "verified"
    ? ProductStatus.PUBLISHED
    : ProductStatus.PROPOSED
}

/**
 * What a producer asked for, as the portal and onboarding show it: a `proposed` product is one
 * they published that waits for verification.
 */
export function requestedStatusOf(productStatus: string): string {
  return productStatus === ProductStatus.PROPOSED
    ? ProductStatus.PUBLISHED
    : productStatus
}

/** The refusal a shopper sees for a product that is not on sale (cart, checkout). */
export function notOnSaleError(title: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${title} hiện không bán / ${title} is not available`
  )
}

/**
 * The visible products of the given verified producers (all verified producers when none is
 * named), optionally narrowed to `productIds`, grouped by producer id. Bounded by the
 * producers asked for: catalogue lists filter by status instead.
 */
export async function listVisibleProductsByProducer(
  query: QueryGraph,
  options: { producerIds?: string[]; productIds?: string[] } = {}
): Promise<Map<string, string[]>> {
  const byProducer = new Map<string, string[]>()
  if (options.producerIds?.length === 0 || options.productIds?.length === 0) {
    return byProducer
  }
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "status", "products.id", "products.status"],
    filters: {
      status: "verified" satisfies ProducerStatus,
      ...(options.producerIds ? { id: options.producerIds } : {}),
    },
  })
  const wanted = options.productIds ? new Set(options.productIds) : null
  for (const producer of producers) {
    byProducer.set(
      producer.id,
      (producer.products ?? [])
        .filter(
          (product) =>
            !!product &&
            (!wanted || wanted.has(product.id)) &&
            isProductVisible({
              producerStatus: producer.status as ProducerStatus,
              productStatus: product.status,
            })
        )
        .map((product) => product!.id)
    )
  }
  return byProducer
}

/** Whether one product may be shown to shoppers right now. */
export async function isProductVisibleById(
  query: QueryGraph,
  productId: string
): Promise<boolean> {
  const { data } = await query.graph({
    entity: "product",
    fields: ["status", "producer.status"],
    filters: { id: productId },
  })
  return isProductVisible({
    producerStatus: data[0]?.producer?.status as ProducerStatus | undefined,
    productStatus: data[0]?.status,
  })
}
