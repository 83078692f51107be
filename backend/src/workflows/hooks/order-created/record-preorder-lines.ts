import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MathBN,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { preordersOfVariants } from "../../../domain/cart-checks"
import { preorderQuantityProblem, unitSource } from "../../../domain/preorder"
import { vietnamDate } from "../../../domain/harvest-season"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"
import { MarketEvents } from "../../../types/events"
import type { OrderCreatedAction } from "./action"

type Counted = {
  counted: { preorder_id: string; units: number }[]
  line_ids: string[]
}

/**
 * The order's lines that take units of an announced harvest rather than stock: their variant had
 * nothing available before this order's own reservation. Their units are counted against the
 * announcement (refused, undoing the completion, when another order took the last ones first)
 * and each keeps the ship date promised today.
 */
export const recordPreorderLines: OrderCreatedAction<Counted> = {
  name: "record-preorder-lines",
  run: async (orderId, container) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "sales_channel_id",
        "items.id",
        "items.variant_id",
        "items.detail.quantity",
      ],
      filters: { id: orderId },
    })
    const items = (order?.items ?? []).flatMap((item) =>
      item?.variant_id
        ? [
            {
              id: item.id,
              variant_id: item.variant_id,
              quantity: MathBN.convert(item.detail?.quantity ?? 0).toNumber(),
            },
          ]
        : []
    )
    const preorders = await preordersOfVariants(
      query,
      items.map((item) => item.variant_id)
    )
    const today = vietnamDate(new Date())
    const taken = items.filter((item) => {
      const preorder = preorders.get(item.variant_id)
      return preorder && today < preorder.harvest_on
    })
    if (!taken.length || !order?.sales_channel_id) {
      return null
    }
    const availability = await getVariantAvailability(query, {
      variant_ids: taken.map((item) => item.variant_id),
      sales_channel_id: order.sales_channel_id,
    })
    const ownUnits = (variantId: string) =>
      taken
        .filter((item) => item.variant_id === variantId)
        .reduce((sum, item) => sum + item.quantity, 0)
    const preordered = taken.filter((item) => {
      const now = availability[item.variant_id]?.availability
      const before =
        now === null || now === undefined
          ? now
          : now + ownUnits(item.variant_id)
      return unitSource(before, true) === "preorder"
    })
    if (!preordered.length) {
      return null
    }

    const harvest = container.resolve<HarvestModuleService>(HARVEST_MODULE)
    const units = new Map<string, number>()
    for (const item of preordered) {
      const id = preorders.get(item.variant_id)!.id
      units.set(id, (units.get(id) ?? 0) + item.quantity)
    }
    const done: Counted = { counted: [], line_ids: [] }
    try {
      for (const [preorderId, wanted] of units) {
        if (!(await harvest.countPreorderedUnits(preorderId, wanted))) {
          const [current] = await harvest.listHarvestPreorders({
            id: preorderId,
          })
          const left = current
            ? Math.max(current.quantity - current.ordered, 0)
            : 0
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `quantity: ${preorderQuantityProblem(wanted, left)}`
          )
        }
        done.counted.push({ preorder_id: preorderId, units: wanted })
      }
      for (const item of preordered) {
        const preorder = preorders.get(item.variant_id)!
        const line = await harvest.createPreorderLines({
          preorder_id: preorder.id,
          order_id: orderId,
          line_item_id: item.id,
          product_id: preorder.product_id,
          quantity: item.quantity,
          ships_on: preorder.ships_on,
        })
        done.line_ids.push(line.id)
      }
      // What is left of each announcement shows on its product's page.
      await container.resolve(Modules.EVENT_BUS).emit(
        [...units.keys()].map((preorderId) => ({
          name: MarketEvents.HARVEST_PREORDER_UPDATED,
          data: {
            id: preorderId,
            product_ids: preordered
              .map((item) => preorders.get(item.variant_id)!)
              .filter((preorder) => preorder.id === preorderId)
              .map((preorder) => preorder.product_id)
              .slice(0, 1),
          },
        }))
      )
      return done
    } catch (error) {
      await recordPreorderLines.undo(done, container)
      throw error
    }
  },
  undo: async ({ counted, line_ids }, container) => {
    const harvest = container.resolve<HarvestModuleService>(HARVEST_MODULE)
    if (line_ids.length) {
      await harvest.deletePreorderLines(line_ids)
    }
    for (const { preorder_id, units } of counted) {
      await harvest.uncountPreorderedUnits(preorder_id, units)
    }
  },
}
