import type { PortalVariant } from "./types"

type Priced = Pick<PortalVariant, "price" | "shopper_price">

const amountOrNull = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null

/**
 * What a shopper pays now for this variant, only when it is not the base price the producer
 * edits (a sale runs); null when both agree, so the screen shows nothing extra.
 */
export function shopperPriceApart(variant: Priced): number | null {
  const shopperPrice = amountOrNull(variant.shopper_price)
  return shopperPrice !== null && shopperPrice !== amountOrNull(variant.price)
    ? shopperPrice
    : null
}

/**
 * The product list's figures: the lowest base price, and the lowest price shoppers pay now
 * (the figure their product card shows) only when it is not that base price.
 */
export function cheapestPrices(variants: Priced[]): {
  price: number | null
  shopperPrice: number | null
} {
  const lowest = (amounts: (number | null)[]): number | null => {
    const known = amounts.filter((amount): amount is number => amount !== null)
    return known.length ? Math.min(...known) : null
  }
  const price = lowest(variants.map((variant) => amountOrNull(variant.price)))
  const shopperPrice = lowest(
    variants.map((variant) => amountOrNull(variant.shopper_price))
  )
  return {
    price,
    shopperPrice:
      shopperPrice !== null && shopperPrice !== price ? shopperPrice : null,
  }
}
