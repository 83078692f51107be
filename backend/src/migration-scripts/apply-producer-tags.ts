import type { MedusaContainer } from "@medusajs/framework/types"
import { forEachProductBatch } from "../utils/product-batches"
import { applyProducerTags } from "../workflows/producer/steps/apply-producer-tags"

/**
 * Gives every product of a database written before producer tags existed its producer's tag,
 * once, so officers can limit promotion codes to a producer at once.
 */
export default async function applyProducerTagsOnce({
  container,
}: {
  container: MedusaContainer
}) {
  await forEachProductBatch(container, (ids) =>
    applyProducerTags(container, ids)
  )
}
