import type { Paginated } from "@/lib/data/catalogue/types"

/** What the backend decided is in season: the month it is in Vietnam and those products. */
export interface InSeason {
  /** 1 (January) to 12. */
  month: number
  productIds: string[]
}

/**
 * The in-season filter is a path segment, not a query parameter: each list has one address
 * with the filter and one without, and its other filters ride along in the query string.
 */
export function productListPath(inSeason: boolean) {
  return inSeason ? ("/products/in-season" as const) : ("/products" as const)
}

export function searchPath(inSeason: boolean) {
  return inSeason ? ("/search/in-season" as const) : ("/search" as const)
}

/**
 * One page of the in-season list, in the order the backend gave (the catalogue's, oldest first),
 * narrowed to a category when one is chosen. A page past the end keeps its number, so the page
 * can answer 404 like the full list does.
 */
export function pageOfProducts<T extends { categories: { id: string }[] }>(
  products: T[],
  {
    categoryId,
    page,
    pageSize,
  }: { categoryId?: string; page: number; pageSize: number }
): Paginated<T> {
  const current = Math.max(1, Math.floor(page))
  const chosen = categoryId
    ? products.filter((product) =>
        product.categories.some((category) => category.id === categoryId)
      )
    : products
  const start = (current - 1) * pageSize
  return {
    items: chosen.slice(start, start + pageSize),
    count: chosen.length,
    page: current,
    pageSize,
    pageCount: Math.max(1, Math.ceil(chosen.length / pageSize)),
  }
}

const englishMonths = new Intl.DateTimeFormat("en", {
  month: "long",
  timeZone: "UTC",
})

/** The month a sentence names: Vietnamese counts it ("tháng 12"), English names it ("December"). */
export function monthInWords(month: number, locale: string): string {
  return locale === "en"
    ? englishMonths.format(new Date(Date.UTC(2000, month - 1, 1)))
    : String(month)
}
