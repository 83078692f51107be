"use server"

import {
  reshapeProducerListItem,
  reshapeProducerWithProducts,
  type RawProducer,
} from "./reshape"
import { cachedStoreGet, isNotFound } from "@/lib/data/shared/store-fetch"
import { decodedSegment } from "@/lib/util/page-subject"
import { catalogueTags } from "./cache-tags"
import type { Paginated, ProducerListItem, ProducerWithProducts } from "./types"

interface ProducersResponse {
  producers: RawProducer[]
  count: number
  limit: number
  offset: number
}

/** One page of the producer list (12 cards). */
export async function listProducers({
  locale,
  page = 1,
  pageSize = 12,
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
      tags: [catalogueTags.producers, catalogueTags.producerList],
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
  rawHandle: string,
  locale: string
): Promise<ProducerWithProducts | null> {
  const handle = decodedSegment(rawHandle) ?? rawHandle
  try {
    const { producer } = await cachedStoreGet<{ producer: RawProducer }>(
      `/store/producers/${encodeURIComponent(handle)}`,
      // The producer embeds its products' titles: the backend names the producer's tag when one
      // of them changes.
      {
        locale,
        tags: [catalogueTags.producers, catalogueTags.producer(handle)],
      }
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
      {
        query: { limit: 200, offset },
        tags: [catalogueTags.producers, catalogueTags.producerList],
      }
    )
    handles.push(...producers.map((p) => p.handle))
    if (offset + 200 >= count || !producers.length) return handles
  }
}
