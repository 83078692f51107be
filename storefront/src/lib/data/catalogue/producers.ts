"use server"

import {
  reshapeProducerListItem,
  reshapeProducerWithProducts,
  type RawProducer,
} from "./reshape"
import { cachedStoreGet, isNotFound } from "@/lib/data/shared/store-fetch"
import type { Paginated, ProducerListItem, ProducerWithProducts } from "./types"

interface ProducersResponse {
  producers: RawProducer[]
  count: number
  limit: number
  offset: number
}

export async function listProducers({
  locale,
  page = 1,
  pageSize = 24,
}: {
  locale: string
  page?: number
  pageSize?: number
}): Promise<Paginated<ProducerListItem>> {
  const current = Math.max(1, Math.floor(page))
  const { producers, count } = await cachedStoreGet<ProducersResponse>(
    "/store/producers",
    {
      query: {
        limit: Math.min(pageSize, 200),
        offset: (current - 1) * pageSize,
      },
      locale,
      tags: ["producers"],
    }
  )
  return {
    items: producers.map(reshapeProducerListItem),
    count,
    page: current,
    pageSize,
    pageCount: Math.max(1, Math.ceil(count / pageSize)),
  }
}

export async function getProducer(
  handle: string,
  locale: string
): Promise<ProducerWithProducts | null> {
  try {
    const { producer } = await cachedStoreGet<{ producer: RawProducer }>(
      `/store/producers/${encodeURIComponent(handle)}`,
      // The producer embeds product titles, so product changes must refresh it too.
      { locale, tags: ["producers", "products"] }
    )
    return reshapeProducerWithProducts(producer)
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** Every verified producer handle, for the sitemap. */
export async function listAllProducerHandles(): Promise<string[]> {
  const handles: string[] = []
  for (let offset = 0; ; offset += 200) {
    const { producers, count } = await cachedStoreGet<ProducersResponse>(
      "/store/producers",
      { query: { limit: 200, offset }, tags: ["producers"] }
    )
    handles.push(...producers.map((p) => p.handle))
    if (offset + 200 >= count || !producers.length) return handles
  }
}
