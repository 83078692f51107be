import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  StoreProducer,
  StoreProducerListResponse,
} from "../../../types/producer/http"
import { listVisibleProductsByProducer } from "../../../domain/visibility"
import { storeProducerFields } from "./query-config"
import type { StoreListProducersParamsType } from "./validators"

/** Every verified producer, also those without a product yet, with their visible product count. */
export const GET = async (
  req: MedusaRequest<unknown, StoreListProducersParamsType>,
  res: MedusaResponse<StoreProducerListResponse>
) => {
  const { limit, offset, fields } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers, metadata } = await query.graph({
    entity: "producer",
    fields: storeProducerFields(fields),
    filters: { status: "verified" },
    pagination: {
      skip: offset,
      take: limit,
      order: { name: "ASC", id: "ASC" },
    },
  })
  const visible = await listVisibleProductsByProducer(query, {
    producerIds: producers.map((producer) => producer.id),
  })
  res.json({
    // Query's generated types make every field optional; these rows hold the fields asked for.
    producers: (producers as unknown as StoreProducer[]).map((producer) => ({
      ...producer,
      product_count: visible.get(producer.id)?.length ?? 0,
    })),
    count: metadata?.count ?? producers.length,
    limit,
    offset,
  })
}
