import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { applyProducerTags } from "../workflows/producer/steps/apply-producer-tags"

const BATCH = 500

/**
 * Gives every product of a database written before producer tags existed its producer's tag,
 * once, so officers can limit promotion codes to a producer at once.
 */
export default async function applyProducerTagsOnce({
  container,
}: {
  container: MedusaContainer
}) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (let skip = 0; ; skip += BATCH) {
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id"],
      pagination: { skip, take: BATCH, order: { id: "ASC" } },
    })
    await applyProducerTags(
      container,
      products.map((product) => product.id)
    )
    if (products.length < BATCH) {
      break
    }
  }
}
