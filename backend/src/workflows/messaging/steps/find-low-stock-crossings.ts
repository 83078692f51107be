import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  DEFAULT_LOW_STOCK_THRESHOLD,
  stockAlertAction,
} from "../../../domain/message-audience"
import { MESSAGING_MODULE } from "../../../modules/messaging"
import type MessagingModuleService from "../../../modules/messaging/service"
import { storefrontLink } from "../../../utils/public-links"
import { producerIdsByProduct, producersWithMembers } from "../gather/people"
import type { OutgoingMessage } from "../types"

export type StockAlertMark = { variant_id: string; alerted_at: Date | null }

export type LowStockCrossings = {
  marks: StockAlertMark[]
  messages: OutgoingMessage[]
}

type LevelRow = {
  stocked_quantity?: unknown
  reserved_quantity?: unknown
}

export const findLowStockCrossingsStepId = "find-low-stock-crossings"

/**
 * Which of these variants just fell to their low-stock threshold (their members are told) or
 * rose above it again (the mark clears, so the next fall is told too). Stock is what can still
 * be sold: stocked minus reserved, over every location.
 */
export const findLowStockCrossingsStep = createStep(
  findLowStockCrossingsStepId,
  async (input: { variant_ids: string[] }, { container }) => {
    const empty: LowStockCrossings = { marks: [], messages: [] }
    if (!input.variant_ids.length) {
      return new StepResponse(empty)
    }
    const query = container.resolve<RemoteQueryFunction>(
      ContainerRegistrationKeys.QUERY
    )
    const messaging =
      container.resolve<MessagingModuleService>(MESSAGING_MODULE)
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: [
        "id",
        "title",
        "manage_inventory",
        "product.id",
        "product.title",
        "inventory_items.inventory.location_levels.stocked_quantity",
        "inventory_items.inventory.location_levels.reserved_quantity",
      ],
      filters: { id: input.variant_ids },
    })
    const alerts = new Map(
      (await messaging.listStockAlerts({ variant_id: input.variant_ids })).map(
        (alert) => [alert.variant_id, alert]
      )
    )
    const producerOf = await producerIdsByProduct(
      container,
      variants.map((variant) => String(variant.product?.id))
    )
    const producers = await producersWithMembers(container, [
      ...new Set(producerOf.values()),
    ])
    const now = new Date()
    const crossings: LowStockCrossings = { marks: [], messages: [] }
    for (const variant of variants) {
      if (!variant.manage_inventory) {
        continue
      }
      const levels = (variant.inventory_items ?? []).flatMap(
        (item) => (item?.inventory?.location_levels ?? []) as LevelRow[]
      )
      const available = levels.reduce(
        (sum, level) =>
          sum +
          Number(level.stocked_quantity ?? 0) -
          Number(level.reserved_quantity ?? 0),
        0
      )
      const alert = alerts.get(variant.id)
      const threshold = alert?.threshold ?? DEFAULT_LOW_STOCK_THRESHOLD
      const action = stockAlertAction(available, threshold, !!alert?.alerted_at)
      if (action === "none") {
        continue
      }
      crossings.marks.push({
        variant_id: variant.id,
        alerted_at: action === "alert" ? now : null,
      })
      const producer = producers.get(
        producerOf.get(String(variant.product?.id)) ?? ""
      )
      if (action === "clear" || !producer) {
        continue
      }
      const portalUrl = storefrontLink(
        `/vi/portal/products/${variant.product!.id}/variants/${variant.id}`
      )
      for (const member of producer.members) {
        crossings.messages.push({
          kind: "producer-low-stock",
          locale: "vi",
          facts: {
            producerName: producer.name,
            productTitle: String(variant.product!.title),
            variantTitle: variant.title ?? null,
            stock: Math.max(available, 0),
            threshold,
            portalUrl,
          },
          recipient: member,
          resource: { type: "product_variant", id: variant.id },
          links: { portal_url: portalUrl },
          key: `producer-low-stock:${variant.id}:${member.id}:${now.toISOString()}`,
        })
      }
    }
    return new StepResponse(crossings)
  }
)
