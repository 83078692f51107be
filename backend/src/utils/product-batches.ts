import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const BATCH = 500

/** Calls `work` with the ids of every product, 500 at a time, oldest id first. */
export async function forEachProductBatch(
  container: MedusaContainer,
  work: (productIds: string[]) => Promise<unknown>
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (let skip = 0; ; skip += BATCH) {
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id"],
      pagination: { skip, take: BATCH, order: { id: "ASC" } },
    })
    await work(products.map((product) => product.id))
    if (products.length < BATCH) {
      return
    }
  }
}
