import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducersWorkflow } from "../../../workflows/producer/create-producers"
import { adminProducerFields } from "./query-config"
import { refetchAdminProducer } from "./helpers"
import type {
  AdminCreateProducerType,
  AdminListProducersParamsType,
} from "./validators"

/** All producers whatever their status, for officers: the verification queue is ?status=submitted. */
export const GET = async (
  req: MedusaRequest<unknown, AdminListProducersParamsType>,
  res: MedusaResponse
) => {
  const { limit, offset, status, village, onboarder_id, q } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers, metadata } = await query.graph({
    entity: "producer",
    fields: adminProducerFields,
    filters: {
      ...(status ? { status } : {}),
      ...(village ? { village } : {}),
      ...(onboarder_id ? { onboarder_id } : {}),
      ...(q ? { q } : {}),
    },
    pagination: {
      skip: offset,
      take: limit,
      order: { created_at: "DESC", id: "ASC" },
    },
  })
  res.json({
    producers,
    count: metadata?.count ?? producers.length,
    limit,
    offset,
  })
}

export const POST = async (
  req: MedusaRequest<AdminCreateProducerType>,
  res: MedusaResponse
) => {
  const { result } = await createProducersWorkflow(req.scope).run({
    input: { producers: [req.validatedBody] },
  })
  res.json({ producer: await refetchAdminProducer(req.scope, result[0].id) })
}
