import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  PRODUCER_TAG_PREFIX,
  producerTagValue,
} from "../../../domain/promotion-codes"

/** A product whose tags were changed, with the tags it had before. */
export type ProducerTagChange = { id: string; before: string[] }

async function producerTagIds(
  container: MedusaContainer,
  handles: string[]
): Promise<Map<string, string>> {
  const products = container.resolve(Modules.PRODUCT)
  const values = handles.map(producerTagValue)
  const existing = await products.listProductTags({ value: values })
  const byValue = new Map(existing.map((tag) => [tag.value, tag.id]))
  const missing = values.filter((value) => !byValue.has(value))
  if (missing.length) {
    const created = await products.createProductTags(
      missing.map((value) => ({ value }))
    )
    for (const tag of created) byValue.set(tag.value, tag.id)
  }
  return new Map(
    handles.map((handle) => [handle, byValue.get(producerTagValue(handle))!])
  )
}

/**
 * Gives each product exactly one producer tag, its producer's (`nsx:<handle>`), keeping its
 * other tags. An officer limits a promotion code to a producer with that tag in Medusa Admin;
 * products that join or leave the producer follow without anyone editing the promotion.
 */
export async function applyProducerTags(
  container: MedusaContainer,
  productIds: string[]
): Promise<ProducerTagChange[]> {
  if (!productIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "tags.id", "tags.value", "producer.handle"],
    filters: { id: [...new Set(productIds)] },
  })
  const handles = [
    ...new Set(
      products.flatMap((product) =>
        product.producer?.handle ? [product.producer.handle as string] : []
      )
    ),
  ]
  const tagOf = await producerTagIds(container, handles)
  const changes: (ProducerTagChange & { after: string[] })[] = []
  for (const product of products) {
    const tags = (product.tags ?? []).filter((tag) => !!tag)
    const kept = tags
      .filter((tag) => !tag.value.startsWith(PRODUCER_TAG_PREFIX))
      .map((tag) => tag.id)
    const handle = product.producer?.handle as string | undefined
    const after = handle ? [...kept, tagOf.get(handle)!] : kept
    const before = tags.map((tag) => tag.id)
    const same =
      before.length === after.length && after.every((id) => before.includes(id))
    if (!same) {
      changes.push({ id: product.id, before, after })
    }
  }
  const productModule = container.resolve(Modules.PRODUCT)
  for (const change of changes) {
    await productModule.updateProducts(change.id, { tag_ids: change.after })
  }
  return changes.map(({ id, before }) => ({ id, before }))
}

export async function restoreProducerTags(
  container: MedusaContainer,
  changes: ProducerTagChange[] | undefined
) {
  const products = container.resolve(Modules.PRODUCT)
  for (const change of changes ?? []) {
    await products.updateProducts(change.id, { tag_ids: change.before })
  }
}

export const applyProducerTagsStepId = "apply-producer-tags"

/** Re-tags products whose producer link changed. */
export const applyProducerTagsStep = createStep(
  applyProducerTagsStepId,
  async (input: { product_ids: string[] }, { container }) => {
    const changes = await applyProducerTags(container, input.product_ids)
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    await restoreProducerTags(container, changes)
  }
)
