import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MESSAGING_MODULE } from "../../../modules/messaging"
import type MessagingModuleService from "../../../modules/messaging/service"
import type { StockAlertMark } from "./find-low-stock-crossings"

type Previous = {
  created: string[]
  updated: { id: string; alerted_at: Date | null }[]
}

export const markStockAlertsStepId = "mark-stock-alerts"

/** Records that a variant's members were told (or that its stock rose again). */
export const markStockAlertsStep = createStep(
  markStockAlertsStepId,
  async (marks: StockAlertMark[], { container }) => {
    const messaging =
      container.resolve<MessagingModuleService>(MESSAGING_MODULE)
    const previous: Previous = { created: [], updated: [] }
    if (!marks.length) {
      return new StepResponse(undefined, previous)
    }
    const existing = new Map(
      (
        await messaging.listStockAlerts({
          variant_id: marks.map((mark) => mark.variant_id),
        })
      ).map((alert) => [alert.variant_id, alert])
    )
    const updates = marks.flatMap((mark) => {
      const alert = existing.get(mark.variant_id)
      return alert ? [{ id: alert.id, alerted_at: mark.alerted_at }] : []
    })
    const creates = marks.filter((mark) => !existing.has(mark.variant_id))
    previous.updated = updates.map(({ id }) => ({
      id,
      alerted_at: [...existing.values()].find((alert) => alert.id === id)!
        .alerted_at as Date | null,
    }))
    if (updates.length) {
      await messaging.updateStockAlerts(updates)
    }
    if (creates.length) {
      const created = await messaging.createStockAlerts(creates)
      previous.created = created.map((alert) => alert.id)
    }
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const messaging =
      container.resolve<MessagingModuleService>(MESSAGING_MODULE)
    if (previous.created.length) {
      await messaging.deleteStockAlerts(previous.created)
    }
    if (previous.updated.length) {
      await messaging.updateStockAlerts(previous.updated)
    }
  }
)
