/**
 * A producer's next harvest offered before it comes in: `quantity` units may be pre-ordered until
 * the harvest day, `ordered` of them already are. Days are Việt Nam calendar days, "YYYY-MM-DD".
 */
export interface PreorderTerms {
  harvestOn: string
  quantity: number
  ordered: number
}

/** Units still open to pre-order; never below zero. */
export const preorderRemaining = (terms: PreorderTerms): number =>
  Math.max(0, terms.quantity - terms.ordered)

/**
 * Whether the product takes pre-orders today and, given a variant, whether that variant is sold
 * as a pre-order instead of reading "out of stock": units remain, the harvest is still ahead,
 * and the variant has none in stock (a variant in stock is simply bought). The backend enforces
 * the same rule when a line is added to a cart; this only decides what the page offers.
 */
export function onPreorder(
  terms: PreorderTerms | null,
  today: string,
  variant?: { inStock: boolean }
): boolean {
  if (!terms || variant?.inStock) return false
  return preorderRemaining(terms) > 0 && today < terms.harvestOn
}
