"use server"

import { cachedStoreGet, type CacheTag } from "@/lib/data/shared/store-fetch"
import { pageOfProducts, type InSeason } from "@/lib/util/in-season"
import { catalogueTags } from "./cache-tags"
import { listProductsByIds } from "./products"
import type { Paginated, Product } from "./types"

interface InSeasonResponse {
  month: number
  product_ids: string[]
}

/**
 * What the backend decided is in season. Every page badging products reads it, so it is cached
 * under `in-season` (revalidated when a month begins in Vietnam) and under the reading page's
 * own tag: whenever the backend rebuilds a page (a product's season, publication or price
 * changed), that page reads the set afresh, and the pages the change does not touch keep theirs.
 */
export async function getInSeason(pageTag?: CacheTag): Promise<InSeason> {
  const { month, product_ids } = await cachedStoreGet<InSeasonResponse>(
    "/store/in-season",
    {
      tags: pageTag
        ? [catalogueTags.inSeason, pageTag]
        : [catalogueTags.inSeason],
    }
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
  const products = await listProductsByIds(
    productIds,
    locale,
    catalogueTags.inSeasonList
  )
  return pageOfProducts(products, { categoryId, page, pageSize })
}
