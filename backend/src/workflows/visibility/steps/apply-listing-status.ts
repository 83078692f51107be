import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listingStatusFor } from "../../../domain/visibility"
import type { ProducerStatus } from "../../../types/producer/module"

/** A product whose stored status was changed, with the status it had before. */
export type ListingStatusChange = {
  id: string
  from: ProductStatus
  to: ProductStatus
}

async function updateStatuses(
  container: MedusaContainer,
  changes: { id: string; status: ProductStatus }[]
) {
  const products = container.resolve(Modules.PRODUCT)
  const byStatus = new Map<ProductStatus, string[]>()
  for (const change of changes) {
    byStatus.set(change.status, [
      ...(byStatus.get(change.status) ?? []),
      change.id,
    ])
  }
  for (const [status, ids] of byStatus) {
    await products.updateProducts({ id: ids }, { status })
  }
}

/**
 * Stores each product with the status the visibility rule gives it (published only while its
 * producer is verified), so every Medusa route that filters on `published` sees the rule.
 * Returns what changed, for compensation.
 */
export async function applyListingStatus(
  container: MedusaContainer,
  productIds: string[]
): Promise<ListingStatusChange[]> {
  if (!productIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "status", "producer.status"],
    filters: { id: [...new Set(productIds)] },
  })
  const changes = products.flatMap((product): ListingStatusChange[] => {
    const to = listingStatusFor({
      producerStatus: product.producer?.status as ProducerStatus | undefined,
      productStatus: product.status,
    })
    return to === product.status
      ? []
      : [{ id: product.id, from: product.status as ProductStatus, to }]
  })
  await updateStatuses(
    container,
    changes.map((change) => ({ id: change.id, status: change.to }))
  )
  return changes
}

/** Puts back the statuses `applyListingStatus` changed. */
export async function restoreListingStatus(
  container: MedusaContainer,
  changes: ListingStatusChange[] | undefined
) {
  if (!changes?.length) {
    return
  }
  await updateStatuses(
    container,
    changes.map((change) => ({ id: change.id, status: change.from }))
  )
}

export const applyListingStatusStepId = "apply-listing-status"

/** Re-applies the visibility rule to products whose producer or producer link changed. */
export const applyListingStatusStep = createStep(
  applyListingStatusStepId,
  async (input: { product_ids: string[] }, { container }) => {
    const changes = await applyListingStatus(container, input.product_ids)
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    await restoreListingStatus(container, changes)
  }
)

type HookContext = { container: MedusaContainer }

/**
 * The handler pair the product hooks register: a product created or updated anywhere keeps the
 * status the visibility rule gives it; compensation puts back what it changed.
 */
export const keepListingStatusHandlers = {
  invoke: async (
    { products }: { products: { id: string }[] },
    { container }: HookContext
  ) =>
    new StepResponse(
      undefined,
      await applyListingStatus(
        container,
        products.map((product) => product.id)
      )
    ),
  compensate: (
    changes: ListingStatusChange[] | undefined,
    { container }: HookContext
  ) => restoreListingStatus(container, changes),
}
