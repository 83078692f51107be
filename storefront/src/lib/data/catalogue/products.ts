"use server"

import { getVndRegion } from "./regions"
import { reshapeProduct, type RawProduct } from "./reshape"
import { cachedStoreGet, type CacheTag } from "@/lib/data/shared/store-fetch"
import { decodedSegment } from "@/lib/util/page-subject"
import { catalogueTags } from "./cache-tags"
import type { Category, Paginated, Product } from "./types"

// The backend refuses any producer field outside its public list, and `producer.*` with it, so
// the producer's fields are named one by one.
const PRODUCER_FIELDS = [
  "id",
  "handle",
  "name",
  "kind",
  "village",
  "ward",
  "province",
  "story_vi",
  "story_en",
  "phone",
].map((field) => `+producer.${field}`)

const PRODUCT_FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+variants.variant_rank",
  ...PRODUCER_FIELDS,
  "+ocop_certificate.*",
  "+marketplace_listings.*",
  "+harvest_season.*",
  "+harvest_preorder.*",
  "*categories",
  "*images",
].join(",")

interface ProductsResponse {
  products: RawProduct[]
  count: number
  offset: number
  limit: number
}

/** `tag` names the page (or list) the read is for, which the backend revalidates by name. */
async function fetchProducts(
  locale: string,
  query: Record<string, unknown>,
  tag: CacheTag
): Promise<ProductsResponse> {
  const region = await getVndRegion()
  return cachedStoreGet<ProductsResponse>("/store/products", {
    query: { region_id: region.id, fields: PRODUCT_FIELDS, ...query },
    locale,
    tags: [catalogueTags.products, tag],
  })
}

/** One page of the product list (12 cards), or of one category's list. */
export async function listProducts({
  locale,
  page = 1,
  pageSize = 12,
  category = null,
}: {
  locale: string
  page?: number
  pageSize?: number
  category?: Category | null
}): Promise<Paginated<Product>> {
  const current = Math.max(1, Math.floor(page))
  const { products, count } = await fetchProducts(
    locale,
    {
      limit: pageSize,
      offset: (current - 1) * pageSize,
      order: "created_at",
      ...(category ? { category_id: [category.id] } : {}),
    },
    category
      ? catalogueTags.categoryList(category.handle)
      : catalogueTags.productList
  )
  return {
    items: products.map(reshapeProduct),
    count,
    page: current,
    pageSize,
    pageCount: Math.max(1, Math.ceil(count / pageSize)),
  }
}

export async function getProductByHandle(
  rawHandle: string,
  locale: string
): Promise<Product | null> {
  const handle = decodedSegment(rawHandle) ?? rawHandle
  const { products } = await fetchProducts(
    locale,
    { handle, limit: 1 },
    catalogueTags.product(handle)
  )
  const product = products.find((p) => p.handle === handle)
  return product ? reshapeProduct(product) : null
}

/** Products in the given order; `tag` names the page showing them (a producer's, a list). */
export async function listProductsByIds(
  ids: string[],
  locale: string,
  tag: CacheTag
): Promise<Product[]> {
  if (!ids.length) return []
  const { products } = await fetchProducts(
    locale,
    { id: ids, limit: ids.length },
    tag
  )
  const byId = new Map(products.map((p) => [p.id, reshapeProduct(p)]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** Every visible product handle, for the sitemap. */
export async function listAllProductHandles(): Promise<string[]> {
  const handles: string[] = []
  const pageSize = 100
  for (let offset = 0; ; offset += pageSize) {
    const { products, count } = await cachedStoreGet<ProductsResponse>(
      "/store/products",
      {
        query: { fields: "id,handle", limit: pageSize, offset },
        tags: [catalogueTags.products, catalogueTags.productList],
      }
    )
    handles.push(...products.map((p) => p.handle))
    if (offset + pageSize >= count || !products.length) return handles
  }
}
