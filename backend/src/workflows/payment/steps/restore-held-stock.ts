import {
  ContainerRegistrationKeys,
  MathBN,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Puts back the stock holds an order released when its payment window expired, all or none:
 * only when every line's stock is still there. Returns whether the order holds its stock again.
 */
export const restoreHeldStockStep = createStep(
  "restore-held-stock",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["items.id"],
      filters: { id: input.order_id },
    })
    const lineItemIds = (order?.items ?? []).flatMap((item) =>
      item ? [item.id] : []
    )
    const released = (
      await inventory.listReservationItems(
        { line_item_id: lineItemIds },
        { withDeleted: true }
      )
    ).filter((reservation) => !!reservation.deleted_at)
    if (!released.length) {
      return new StepResponse({ restored: false }, null)
    }

    const itemIds = [...new Set(released.map((r) => r.inventory_item_id))]
    const restored = await locking.execute(itemIds, async () => {
      for (const reservation of released) {
        const available = await inventory.retrieveAvailableQuantity(
          reservation.inventory_item_id,
          [reservation.location_id]
        )
        if (MathBN.lt(available, reservation.quantity)) {
          return false
        }
      }
      await inventory.restoreReservationItemsByLineItem(
        released.map((reservation) => reservation.line_item_id!)
      )
      return true
    })
    return new StepResponse(
      { restored },
      restored
        ? {
            lineItemIds: released.map((r) => r.line_item_id!),
            itemIds,
          }
        : null
    )
  },
  async (holds, { container }) => {
    if (!holds) {
      return
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute(holds.itemIds, () =>
      inventory.deleteReservationItemsByLineItem(holds.lineItemIds)
    )
  }
)
