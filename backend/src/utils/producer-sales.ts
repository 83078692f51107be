import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SaleLine } from "./producer-stats"

type SaleRow = {
  order_id: string
  created_at: Date | string
  quantity: string | number
  unit_price: string | number
}

/**
 * The producer's own order lines placed since `since` (cancelled orders left out), read in one
 * statement over the order module's tables, so a producer with thousands of orders reads only
 * the weeks its chart shows. The quantity is the order's current version: an edited order keeps
 * a row per version.
 */
export async function readSalesLines(
  pg: Knex,
  productIds: string[],
  since: Date
): Promise<SaleLine[]> {
  if (!productIds.length) return []
  const { rows } = await pg.raw<{ rows: SaleRow[] }>(
    `select o.id as order_id, o.created_at, oi.quantity, li.unit_price
       from "order" o
       join order_item oi
         on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
       join order_line_item li on li.id = oi.item_id and li.deleted_at is null
      where li.product_id = any(:productIds)
        and o.created_at >= :since
        and o.status <> 'canceled'
        and o.deleted_at is null`,
    { productIds, since }
  )
  return rows.map((row) => ({
    order_id: row.order_id,
    created_at: row.created_at,
    quantity: Number(row.quantity),
    unit_price: Number(row.unit_price),
  }))
}
