import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** The products and orders whose rows a fingerprint reads, beside the market's whole tables. */
export type FingerprintScope = { products: string[]; orders: string[] }

/**
 * Tables a caller may add whole to the fingerprint: the market's records that only the routes
 * under test write, kept out of the default set because shoppers' clicks and visits change them.
 */
export type ExtraTable =
  | "ocop_certificate"
  | "harvest_season"
  | "harvest_preorder"
  | "preorder_line"
  | "bank_transaction"
  | "vietqr_payment"
  | "listing_click"
  | "share_visit"
  | "producer_status_change"

/**
 * One fingerprint of everything an outsider must not be able to change: the given products,
 * variants, stock, orders with their addresses, changes and returns, and the producers,
 * members, volunteers, invites and listings, and who chose to hear what. Equal fingerprints
 * before and after a request prove it wrote none of them.
 */
export async function fingerprint(
  container: MedusaContainer,
  scope: FingerprintScope,
  extraTables: ExtraTable[] = []
): Promise<string> {
  const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  // The names come from the closed list above, never from a request.
  const extra = extraTables
    .map((table) => ` union all select row_to_json(t)::text from ${table} t`)
    .join("\n")
  const { rows } = await pg.raw(
    `select md5(string_agg(line, '|' order by line)) as digest from (
      select row_to_json(t)::text as line from product t where id = any(:products)
      union all select row_to_json(t)::text from product_variant t where product_id = any(:products)
      union all select row_to_json(t)::text from inventory_level t
      union all select row_to_json(t)::text from "order" t where id = any(:orders)
      union all select row_to_json(t)::text from order_address t
        where id in (select shipping_address_id from "order" where id = any(:orders))
      union all select row_to_json(t)::text from order_change t where order_id = any(:orders)
      union all select row_to_json(t)::text from "return" t where order_id = any(:orders)
      union all select row_to_json(t)::text from producer t
      union all select row_to_json(t)::text from producer_member t
      union all select row_to_json(t)::text from onboarder t
      union all select row_to_json(t)::text from producer_invite t
      union all select row_to_json(t)::text from marketplace_listing t
      union all select row_to_json(t)::text from message_preference t
      union all select row_to_json(t)::text from stock_alert t
      ${extra}
    ) lines`,
    { products: scope.products, orders: scope.orders }
  )
  return rows[0].digest as string
}
