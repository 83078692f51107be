import type { HarvestSeasonInput } from "../harvest/module"
import type { ProducerKind } from "./module"

export type StoreProducer = {
  id: string
  handle: string
  name: string
  kind: ProducerKind
  village: string | null
  ward: string | null
  province: string | null
  story_vi: string | null
  story_en: string | null
  phone: string
  photos: string[] | null
}

export type StoreProducerListItem = StoreProducer & { product_count: number }

export type StoreProducerProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  harvest_season: HarvestSeasonInput | null
}

export type StoreProducerListResponse = {
  producers: StoreProducerListItem[]
  count: number
  limit: number
  offset: number
}

export type StoreProducerResponse = {
  producer: StoreProducer & { products: StoreProducerProduct[] }
}
