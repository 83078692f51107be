import { Modules } from "@medusajs/framework/utils"
import {
  createRemoteLinkStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HARVEST_MODULE } from "../../modules/harvest"
import { MarketEvents } from "../../types/events"
import type { HarvestSeasonInput } from "../../types/harvest/module"
import { createHarvestSeasonStep } from "./steps/create-harvest-season"
import { updateHarvestSeasonStep } from "./steps/update-harvest-season"
import { validateHarvestSeasonStep } from "./steps/validate-harvest-season"

export type SetProductSeasonWorkflowInput = HarvestSeasonInput & {
  product_id: string
}

export const setProductSeasonWorkflowId = "set-product-season"

/** Gives a product its season, or replaces the one it has; the storefront is told. */
export const setProductSeasonWorkflow = createWorkflow(
  setProductSeasonWorkflowId,
  (input: SetProductSeasonWorkflowInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "harvest_season.id"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    })
    const season = validateHarvestSeasonStep(
      transform({ input }, ({ input }) => ({
        all_year: input.all_year,
        harvest_months: input.harvest_months,
        best_months: input.best_months,
      }))
    )
    const existingId = transform(
      { products },
      ({ products }) =>
        (products[0]?.harvest_season?.id as string | undefined) ?? null
    )

    const updated = when(
      "update-existing-harvest-season",
      { existingId },
      ({ existingId }) => !!existingId
    ).then(() =>
      updateHarvestSeasonStep(
        transform({ season, existingId }, ({ season, existingId }) => ({
          ...season,
          id: existingId as string,
        }))
      )
    )

    const created = when(
      "create-new-harvest-season",
      { existingId },
      ({ existingId }) => !existingId
    ).then(() => {
      const created = createHarvestSeasonStep(season)
      createRemoteLinkStep(
        transform({ created, input }, ({ created, input }) => [
          {
            [Modules.PRODUCT]: { product_id: input.product_id },
            [HARVEST_MODULE]: { harvest_season_id: created.id },
          },
        ])
      )
      return created
    })

    const result = transform(
      { updated, created },
      ({ updated, created }) => (updated ?? created)!
    )
    emitEventStep({
      eventName: MarketEvents.HARVEST_SEASON_UPDATED,
      data: transform({ result, input }, ({ result, input }) => ({
        id: result.id,
        product_ids: [input.product_id],
      })),
    })
    return new WorkflowResponse(result)
  }
)
