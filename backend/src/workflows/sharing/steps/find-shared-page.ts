import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isProductVisible } from "../../../domain/visibility"
import type { ProducerStatus } from "../../../types/producer/module"
import type { SharedPage } from "../../../types/sharing/module"

export const findSharedPageStepId = "find-shared-page"

export type SharedPageInput = { page: SharedPage; handle: string | null }
export type SharedPageOwner = {
  product_id: string | null
  producer_id: string | null
}

function notFound(page: SharedPage, handle: string | null): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `No ${page} page with handle ${handle ?? ""} is open to shoppers`
  )
}

/**
 * Whose page a shared link opened: a product page counts for the product's producer, a producer
 * page for the producer. Only pages shoppers can see count (the one visibility rule), so a
 * hidden product's handle cannot be probed or padded with visits.
 */
export const findSharedPageStep = createStep(
  findSharedPageStepId,
  async ({ page, handle }: SharedPageInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    if (page === "product" && handle) {
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "status", "producer.id", "producer.status"],
        filters: { handle },
      })
      const product = data[0]
      const visible =
        !!product &&
        isProductVisible({
          producerStatus: product.producer?.status as
            ProducerStatus | undefined,
          productStatus: product.status,
        })
      if (!visible || !product.producer) throw notFound(page, handle)
      return new StepResponse<SharedPageOwner>({
        product_id: product.id,
        producer_id: product.producer.id,
      })
    }
    if (page === "producer" && handle) {
      const { data } = await query.graph({
        entity: "producer",
        fields: ["id"],
        filters: { handle, status: "verified" satisfies ProducerStatus },
      })
      if (!data[0]) throw notFound(page, handle)
      return new StepResponse<SharedPageOwner>({
        product_id: null,
        producer_id: data[0].id,
      })
    }
    return new StepResponse<SharedPageOwner>({
      product_id: null,
      producer_id: null,
    })
  }
)
