"use server"

import { cachedStoreGet } from "@/lib/data/shared/store-fetch"
import { pageOfProducts, type InSeason } from "@/lib/util/in-season"
import { listProductsByIds } from "./products"
import type { Paginated, Product } from "./types"

interface InSeasonResponse {
  month: number
  product_ids: string[]
}

/**
 * What the backend decided is in season. Tagged `in-season`, which the backend revalidates when
 * a month begins in Vietnam, and `products`, which it revalidates when a season, a publication or
 * a producer's verification changes the list.
 */
export async function getInSeason(): Promise<InSeason> {
  const { month, product_ids } = await cachedStoreGet<InSeasonResponse>(
    "/store/in-season",
    { tags: ["in-season", "products"] }
  )
  return { month, productIds: product_ids }
}

/**
 * The product list narrowed to what is in season: a market's few dozen products, so the list is
 * read whole (cached) and paged here, in the catalogue's order.
 */
export async function listInSeasonProducts({
  locale,
  productIds,
  page = 1,
  pageSize = 12,
  categoryId,
}: {
  locale: string
  productIds: string[]
  page?: number
  pageSize?: number
  categoryId?: string
}): Promise<Paginated<Product>> {
  const products = await listProductsByIds(productIds, locale)
  return pageOfProducts(products, { categoryId, page, pageSize })
}
