import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  ProductStatus,
} from "@medusajs/framework/utils"
import { isInSeason, vietnamMonth } from "../../../domain/harvest-season"
import { isProductVisible } from "../../../domain/visibility"
import { fromSeasonRecord } from "../../../modules/harvest/season-record"
import type { ProducerStatus } from "../../../types/producer/module"

export type StoreInSeasonResponse = {
  /** The month it is in Vietnam (1 = January … 12), the one the list was decided for. */
  month: number
  /** The products in season that this key's shoppers may see, oldest first like the catalogue. */
  product_ids: string[]
}

type InSeasonRow = {
  id: string
  status: string
  producer: { status: ProducerStatus } | null
  sales_channels: ({ id: string } | null)[] | null
  harvest_season: Parameters<typeof fromSeasonRecord>[0] | null
}

const IN_SEASON_FIELDS = [
  "id",
  "status",
  "producer.status",
  "sales_channels.id",
  "harvest_season.id",
  "harvest_season.all_year",
  "harvest_season.harvest_months",
  "harvest_season.best_months",
]

/**
 * GET /store/in-season — what is in season now, decided here by the season rule so that the
 * storefront only renders it: the list filter, the search filter and the badges all read it.
 */
export async function GET(
  req: MedusaStoreRequest,
  res: MedusaResponse<StoreInSeasonResponse>
) {
  const moment = new Date()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // Only published products can be visible (domain/visibility.ts stores the rule as the status).
  const { data } = await query.graph({
    entity: "product",
    fields: IN_SEASON_FIELDS,
    filters: { status: ProductStatus.PUBLISHED },
    pagination: { order: { created_at: "ASC", id: "ASC" } },
  })
  const channels = new Set(req.publishable_key_context.sales_channel_ids)
  // Query's generated types make every field optional; these rows hold the fields asked for.
  const product_ids = (data as unknown as InSeasonRow[])
    .filter(
      (product) =>
        isProductVisible({
          producerStatus: product.producer?.status,
          productStatus: product.status,
        }) &&
        (product.sales_channels ?? []).some(
          (channel) => !!channel && channels.has(channel.id)
        ) &&
        !!product.harvest_season &&
        isInSeason(fromSeasonRecord(product.harvest_season), moment)
    )
    .map((product) => product.id)
  res.json({ month: vietnamMonth(moment), product_ids })
}
