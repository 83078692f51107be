/**
 * When a product is at its best. `all_year` products can be bought any month; `best_months`
 * (maybe none) is when they are finest. Seasonal products are made or picked in
 * `harvest_months`. Months are 1 (January) to 12, Vietnam time.
 */
export type HarvestSeasonInput = {
  all_year: boolean
  harvest_months: number[]
  best_months: number[]
}

export type HarvestSeasonDTO = HarvestSeasonInput & { id: string }

/** A run of consecutive months, which may wrap past December (`from` 11, `to` 3). */
export type MonthRange = { from: number; to: number }

/** A calendar date in Vietnam, "YYYY-MM-DD". */
export type VietnamDate = string

/**
 * A producer's announcement of its next harvest: shoppers may pre-order up to `quantity` units
 * while the product is out of stock and the harvest is still ahead. `ships_on` is the harvest
 * date moved past the carriers' Tết break; `ordered` counts the units already pre-ordered.
 */
export type HarvestPreorderDTO = {
  id: string
  harvest_on: VietnamDate
  ships_on: VietnamDate
  quantity: number
  ordered: number
}

export type HarvestPreorderInput = {
  harvest_on: VietnamDate
  quantity: number
}

/** An order's line that was pre-ordered, and the date the shop promised to ship it. */
export type PreorderLineDTO = {
  id: string
  preorder_id: string
  order_id: string
  line_item_id: string
  product_id: string
  quantity: number
  ships_on: VietnamDate
}
