"use server"

import { reshapeCategory, type RawCategory } from "./reshape"
import { cachedStoreGet } from "@/lib/data/shared/store-fetch"
import { catalogueTags } from "./cache-tags"
import type { Category } from "./types"

export async function listCategories(locale: string): Promise<Category[]> {
  const { product_categories } = await cachedStoreGet<{
    product_categories: RawCategory[]
  }>("/store/product-categories", {
    query: { fields: "id,name,handle", limit: 100 },
    locale,
    tags: [catalogueTags.categories],
  })
  return product_categories.map(reshapeCategory)
}
