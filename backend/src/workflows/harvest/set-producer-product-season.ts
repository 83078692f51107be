import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { HarvestSeasonInput } from "../../types/harvest/module"
import { validateProducerOwnsProductStep } from "../producer/steps/validate-producer-owns-product"
import { setProductSeasonWorkflow } from "./set-product-season"

export type SetProducerProductSeasonWorkflowInput = HarvestSeasonInput & {
  producer_id: string
  product_id: string
}

export const setProducerProductSeasonWorkflowId = "set-producer-product-season"

/** A member sets the season of one of its own producer's products. */
export const setProducerProductSeasonWorkflow = createWorkflow(
  setProducerProductSeasonWorkflowId,
  (input: SetProducerProductSeasonWorkflowInput) => {
    validateProducerOwnsProductStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        product_id: input.product_id,
      }))
    )
    const season = setProductSeasonWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        all_year: input.all_year,
        harvest_months: input.harvest_months,
        best_months: input.best_months,
      })),
    })
    return new WorkflowResponse(season)
  }
)
