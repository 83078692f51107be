import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { HarvestSeasonInput } from "../../types/harvest/module"
import { setProductSeasonWorkflow } from "../harvest/set-product-season"
import { guardOnboardedProduct } from "./guard-onboarded-product"

export type SetOnboardedSeasonWorkflowInput = HarvestSeasonInput & {
  producer_id: string
  product_id: string
}

export const setOnboardedSeasonWorkflowId = "set-onboarded-season"

/** A volunteer records when one of the producer's products is in season. */
export const setOnboardedSeasonWorkflow = createWorkflow(
  setOnboardedSeasonWorkflowId,
  (input: SetOnboardedSeasonWorkflowInput) => {
    guardOnboardedProduct(input)
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
