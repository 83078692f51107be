import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { QueryContext } from "@medusajs/framework/utils"

type QueryGraph = Pick<RemoteQueryFunction, "graph">

/** The market sells in đồng; VND has no minor unit, so amounts are whole đồng. */
export const MARKET_CURRENCY = "vnd"

/** What a shopper pays for one unit of a variant, and the price before a sale. */
export type ShopperPrice = {
  amount: number
  original_amount: number
}

type CalculatedPrice = {
  calculated_amount?: number | string | null
  original_amount?: number | string | null
} | null

/**
 * The price rule in one place: a shopper pays Medusa's calculated price in the VND region —
 * the base price, or a price list's (a sale's) while it runs. Null when the variant has no
 * price a shopper could pay.
 */
export function shopperPriceOf(
  calculated: CalculatedPrice
): ShopperPrice | null {
  const amount = Number(calculated?.calculated_amount)
  if (calculated?.calculated_amount == null || !Number.isFinite(amount)) {
    return null
  }
  const original = Number(calculated.original_amount)
  return {
    amount,
    original_amount:
      calculated.original_amount != null && Number.isFinite(original)
        ? original
        : amount,
  }
}

/** The lowest shopper price among variants, or null when none has one. */
export function lowestShopperPrice(
  prices: (ShopperPrice | null | undefined)[]
): number | null {
  const amounts = prices.flatMap((price) => (price ? [price.amount] : []))
  return amounts.length ? Math.min(...amounts) : null
}

/** The region shoppers buy in: the one priced in VND. */
async function marketRegionId(query: QueryGraph): Promise<string | null> {
  const { data } = await query.graph({
    entity: "region",
    fields: ["id"],
    filters: { currency_code: MARKET_CURRENCY },
    pagination: { take: 1, skip: 0, order: { created_at: "ASC" } },
  })
  return data[0]?.id ?? null
}

/**
 * Shopper prices of variants by id, computed by Medusa's pricing module exactly as the Store
 * API computes `calculated_price` for a shopper in the VND region.
 */
export async function shopperPrices(
  query: QueryGraph,
  variantIds: string[]
): Promise<Map<string, ShopperPrice | null>> {
  const prices = new Map<string, ShopperPrice | null>()
  const ids = [...new Set(variantIds)]
  if (!ids.length) {
    return prices
  }
  // Without a VND region (a store still being set up), VND prices without region rules apply.
  const regionId = await marketRegionId(query)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "calculated_price.*"],
    filters: { id: ids },
    context: {
      calculated_price: QueryContext({
        currency_code: MARKET_CURRENCY,
        ...(regionId ? { region_id: regionId } : {}),
      }),
    },
  })
  for (const variant of variants) {
    prices.set(
      variant.id,
      // Query's generated types do not know the price the pricing context adds.
      shopperPriceOf(
        (variant as { calculated_price?: unknown })
          .calculated_price as CalculatedPrice
      )
    )
  }
  return prices
}
