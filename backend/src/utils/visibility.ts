import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import ProducerProductLink from "../links/producer-product"
import type { ProducerStatus } from "../types/producer/module"

type QueryGraph = Pick<RemoteQueryFunction, "graph">

/**
 * THE visibility rule (DESIGN.md): a product reaches shoppers only while its producer is
 * `verified` and the product is `published`. Every shopper-facing read (Store API, producer
 * pages, search, sitemap) goes through this file.
 */
export function isProductVisible(input: {
  producerStatus: ProducerStatus | null | undefined
  productStatus: string | null | undefined
}): boolean {
  return (
    input.producerStatus === "verified" &&
    input.productStatus === ProductStatus.PUBLISHED
  )
}

/**
 * The visible products of the given verified producers (all verified producers when none is
 * named), optionally narrowed to `productIds`, grouped by producer id.
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
    fields: ["id"],
    filters: {
      status: "verified" satisfies ProducerStatus,
      ...(options.producerIds ? { id: options.producerIds } : {}),
    },
  })
  if (!producers.length) {
    return byProducer
  }
  for (const producer of producers) {
    byProducer.set(producer.id, [])
  }

  const { data: links } = await query.graph({
    entity: ProducerProductLink.entryPoint,
    fields: ["producer_id", "product_id"],
    filters: {
      producer_id: [...byProducer.keys()],
      ...(options.productIds ? { product_id: options.productIds } : {}),
    },
  })
  if (!links.length) {
    return byProducer
  }

  const { data: published } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: {
      id: links.map((link) => link.product_id),
      status: ProductStatus.PUBLISHED,
    },
  })
  const publishedIds = new Set<string>(published.map((product) => product.id))
  for (const link of links) {
    if (publishedIds.has(link.product_id)) {
      byProducer.get(link.producer_id)?.push(link.product_id)
    }
  }
  return byProducer
}

/** The ids of visible products, optionally only among `productIds`. */
export async function listVisibleProductIds(
  query: QueryGraph,
  options: { productIds?: string[] } = {}
): Promise<string[]> {
  const byProducer = await listVisibleProductsByProducer(query, options)
  return [...byProducer.values()].flat()
}

/** Whether one product may be shown to shoppers right now. */
export async function isProductVisibleById(
  query: QueryGraph,
  productId: string
): Promise<boolean> {
  const visible = await listVisibleProductIds(query, {
    productIds: [productId],
  })
  return visible.includes(productId)
}
