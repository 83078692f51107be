import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type {
  StoreProducer,
  StoreProducerProduct,
  StoreProducerResponse,
} from "../../../../types/producer/http"
import { listVisibleProductsByProducer } from "../../../../domain/visibility"
import {
  storeProducerFields,
  storeProducerProductFields,
} from "../query-config"
import type { StoreGetProducerParamsType } from "../validators"

/** A verified producer's page with its visible products; anything else is 404. */
export const GET = async (
  req: MedusaRequest<unknown, StoreGetProducerParamsType>,
  res: MedusaResponse<StoreProducerResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: storeProducerFields(req.validatedQuery.fields),
    filters: { handle: req.params.handle, status: "verified" },
  })
  const producer = producers[0]
  if (!producer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Producer with handle: ${req.params.handle} was not found`
    )
  }
  const visible = await listVisibleProductsByProducer(query, {
    producerIds: [producer.id],
  })
  const productIds = visible.get(producer.id) ?? []
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: storeProducerProductFields,
        filters: { id: productIds },
        pagination: { order: { title: "ASC" } },
      })
    : { data: [] }
  // Query's generated types make every field optional; these rows hold the fields asked for.
  res.json({
    producer: {
      ...(producer as unknown as StoreProducer),
      products: products as unknown as StoreProducerProduct[],
    },
  })
}
