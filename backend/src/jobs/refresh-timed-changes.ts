import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { vietnamDate } from "../domain/harvest-season"
import { MarketEvents, type MarketEventData } from "../types/events"
import { refreshDisplayedStarsWorkflow } from "../workflows/ocop/refresh-displayed-stars"

/** Where the store remembers up to when timed changes were handled (store.metadata). */
export const TIMED_CHANGES_CHECKED_AT = "timed_changes_checked_at"

type PriceListPeriod = {
  id: string
  starts_at: Date | string | null
  ends_at: Date | string | null
  prices: ({
    price_set: { variant: { product_id: string } | null } | null
  } | null)[]
}

const passedBetween = (
  moment: Date | string | null,
  since: Date | null,
  now: Date
) => {
  if (!moment) {
    return false
  }
  const at = new Date(moment).getTime()
  return at <= now.getTime() && (!since || at > since.getTime())
}

/**
 * Sales (price lists) that started or ended since the last check: Medusa prices them from that
 * moment on, but no event says so. Announces their products, so search documents and cached
 * pages show the price a shopper pays now.
 */
async function announceSalePeriods(
  container: MedusaContainer,
  since: Date | null,
  now: Date
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "price_list",
    fields: [
      "id",
      "starts_at",
      "ends_at",
      "prices.price_set.variant.product_id",
    ],
    filters: {
      $or: [
        { starts_at: { $lte: now, ...(since ? { $gt: since } : {}) } },
        { ends_at: { $lte: now, ...(since ? { $gt: since } : {}) } },
      ],
    },
  })
  const changed = (data as PriceListPeriod[]).filter(
    (list) =>
      passedBetween(list.starts_at, since, now) ||
      passedBetween(list.ends_at, since, now)
  )
  const events = changed.map((list): MarketEventData => ({
    id: list.id,
    product_ids: [
      ...new Set(
        (list.prices ?? []).flatMap((price) =>
          price?.price_set?.variant?.product_id
            ? [price.price_set.variant.product_id]
            : []
        )
      ),
    ],
  }))
  if (events.length) {
    await container.resolve(Modules.EVENT_BUS).emit(
      events.map((data) => ({
        name: MarketEvents.PRICE_LIST_PERIOD_CHANGED,
        data,
      }))
    )
  }
  return [...new Set(events.flatMap((event) => event.product_ids ?? []))]
}

/**
 * Announced harvests whose day came since the last check: they stop taking pre-orders then, and
 * no write says so. Announces their products, so search documents and cached pages stop
 * offering the pre-order.
 */
async function announceHarvestDays(
  container: MedusaContainer,
  since: Date | null,
  now: Date
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const today = vietnamDate(now)
  const { data } = await query.graph({
    entity: "harvest_preorder",
    fields: ["id", "product.id"],
    filters: {
      harvest_on: {
        $lte: today,
        ...(since ? { $gt: vietnamDate(since) } : {}),
      },
    },
  })
  const events = (
    data as { id: string; product?: { id: string } | null }[]
  ).flatMap((preorder): MarketEventData[] =>
    preorder.product
      ? [{ id: preorder.id, product_ids: [preorder.product.id] }]
      : []
  )
  if (events.length) {
    await container.resolve(Modules.EVENT_BUS).emit(
      events.map((data) => ({
        name: MarketEvents.HARVEST_PREORDER_UPDATED,
        data,
      }))
    )
  }
  return events.flatMap((event) => event.product_ids ?? [])
}

/**
 * What changes for shoppers with the clock alone, with no write to announce it: a certificate
 * whose issue date or expiry passed (its stars appear or go), a sale that started or ended and a
 * harvest day that came.
 * The moment handled is kept on the store, so a missed run is caught up by the next one and
 * nothing is announced twice.
 */
export async function refreshTimedChanges(
  container: MedusaContainer,
  now = new Date()
): Promise<{ certificate_ids: string[]; product_ids: string[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id", "metadata"] })
  const checkedAt = store?.metadata?.[TIMED_CHANGES_CHECKED_AT]
  const since = typeof checkedAt === "string" ? new Date(checkedAt) : null

  const { result: stars } = await refreshDisplayedStarsWorkflow(container).run({
    input: { now },
  })
  const saleProducts = await announceSalePeriods(container, since, now)
  const harvestProducts = await announceHarvestDays(container, since, now)

  if (store) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          metadata: {
            ...store.metadata,
            [TIMED_CHANGES_CHECKED_AT]: now.toISOString(),
          },
        },
      },
    })
  }
  return {
    certificate_ids: stars.map((change) => change.id),
    product_ids: [
      ...new Set([
        ...stars.flatMap((change) =>
          change.product_id ? [change.product_id] : []
        ),
        ...saleProducts,
        ...harvestProducts,
      ]),
    ],
  }
}

export default async function refreshTimedChangesJob(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { certificate_ids, product_ids } = await refreshTimedChanges(container)
  if (product_ids.length) {
    logger.info(
      `Timed changes: ${certificate_ids.length} certificate(s) and ${product_ids.length} product(s) refreshed in search and on the storefront`
    )
  }
}

export const config = {
  name: "refresh-timed-changes",
  // Sales start and end at any minute; certificates at the start of a day. Every 15 minutes
  // keeps search and cached pages within a quarter of an hour of the price a shopper pays.
  schedule: "*/15 * * * *",
}
