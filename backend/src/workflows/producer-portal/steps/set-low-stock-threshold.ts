import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MESSAGING_MODULE } from "../../../modules/messaging"
import type MessagingModuleService from "../../../modules/messaging/service"

type Previous = { id: string; threshold: number } | { created: string }

export const setLowStockThresholdStepId = "set-low-stock-threshold"

/** A member chooses at which stock their members are told; undone by the earlier choice. */
export const setLowStockThresholdStep = createStep(
  setLowStockThresholdStepId,
  async (input: { variant_id: string; threshold: number }, { container }) => {
    const messaging =
      container.resolve<MessagingModuleService>(MESSAGING_MODULE)
    const [existing] = await messaging.listStockAlerts({
      variant_id: input.variant_id,
    })
    if (existing) {
      // A new threshold is a new line to cross: the next check decides afresh.
      await messaging.updateStockAlerts({
        id: existing.id,
        threshold: input.threshold,
        alerted_at: null,
      })
      return new StepResponse<void, Previous>(undefined, {
        id: existing.id,
        threshold: existing.threshold,
      })
    }
    const created = await messaging.createStockAlerts({
      variant_id: input.variant_id,
      threshold: input.threshold,
    })
    return new StepResponse<void, Previous>(undefined, { created: created.id })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const messaging =
      container.resolve<MessagingModuleService>(MESSAGING_MODULE)
    if ("created" in previous) {
      await messaging.deleteStockAlerts(previous.created)
      return
    }
    await messaging.updateStockAlerts(previous)
  }
)
