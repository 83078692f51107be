import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateProducerProductsStepId = "validate-producer-products"

/** Refuses to link a producer or products that do not exist, naming the missing ids. */
export const validateProducerProductsStep = createStep(
  validateProducerProductsStepId,
  async (
    input: { producer_id: string; product_ids: string[] },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: producers } = await query.graph({
      entity: "producer",
      fields: ["id"],
      filters: { id: input.producer_id },
    })
    if (!producers.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Producer with id: ${input.producer_id} was not found`
      )
    }
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { id: input.product_ids },
    })
    const found = new Set(products.map((product) => product.id))
    const missing = input.product_ids.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Products not found: ${missing.join(", ")}. Create them first or check the ids.`
      )
    }
    return new StepResponse(void 0)
  }
)
