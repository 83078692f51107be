import {
  emitEventStep,
  createInventoryLevelsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { resolveCatalogueDefaultsStep } from "../producer/steps/resolve-catalogue-defaults"
import { STOCK_CHANGED_EVENT } from "../../types/events"
import { resolveVariantStockStep } from "./steps/resolve-variant-stock"
import { setLowStockThresholdStep } from "./steps/set-low-stock-threshold"
import { validateProducerOwnsProductStep } from "../producer/steps/validate-producer-owns-product"

export type UpdateProducerVariantWorkflowInput = {
  producer_id: string
  product_id: string
  variant_id: string
  /** Whole đồng. */
  price?: number
  /** Units on hand at the market's stock location. */
  stock?: number
  /** Members are told when sellable stock falls to this many units. */
  low_stock_threshold?: number
}

export const updateProducerVariantWorkflowId = "update-producer-variant"

/**
 * A member sets the VND price, the stock and/or the low-stock threshold of a variant of its own
 * product (harvest day).
 */
export const updateProducerVariantWorkflow = createWorkflow(
  updateProducerVariantWorkflowId,
  (input: UpdateProducerVariantWorkflowInput) => {
    validateProducerOwnsProductStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        product_id: input.product_id,
        variant_id: input.variant_id,
      }))
    )

    when({ input }, ({ input }) => typeof input.price === "number").then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          product_variants: [
            {
              id: input.variant_id,
              prices: [{ currency_code: "vnd", amount: input.price! }],
            },
          ],
        })),
      })
    })

    const defaults = resolveCatalogueDefaultsStep()
    const stock = resolveVariantStockStep(
      transform({ input, defaults }, ({ input, defaults }) => ({
        variant_id: input.variant_id,
        location_id: defaults.stock_location_id,
        stocked_quantity: input.stock,
      }))
    )
    when({ stock }, ({ stock }) => !!stock?.has_level).then(() => {
      updateInventoryLevelsWorkflow.runAsStep({
        input: transform({ stock }, ({ stock }) => ({
          updates: [stock!.level],
        })),
      })
    })
    when({ stock }, ({ stock }) => !!stock && !stock.has_level).then(() => {
      createInventoryLevelsWorkflow.runAsStep({
        input: transform({ stock }, ({ stock }) => ({
          inventory_levels: [stock!.level],
        })),
      })
    })

    when(
      { input },
      ({ input }) => typeof input.low_stock_threshold === "number"
    ).then(() => {
      setLowStockThresholdStep(
        transform({ input }, ({ input }) => ({
          variant_id: input.variant_id,
          threshold: input.low_stock_threshold!,
        }))
      )
    })
    // Stock or threshold may now sit on the other side of the line: members may need telling.
    emitEventStep({
      eventName: STOCK_CHANGED_EVENT,
      data: transform({ input }, ({ input }) => ({
        variant_ids: [input.variant_id],
      })),
    })

    return new WorkflowResponse({ id: input.variant_id })
  }
)
