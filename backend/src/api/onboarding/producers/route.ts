import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOnboardedProducerWorkflow } from "../../../workflows/onboarding/create-onboarded-producer"
import { readableHandle } from "../../../utils/readable-handle"
import {
  refetchOnboardingProducer,
  ownedBy,
  resolveOnboarder,
  toOnboardingProducer,
} from "../helpers"
import { onboardingProducerFields } from "../query-config"
import type { OnboardingCreateProducerType } from "../validators"
import type { ProducerDTO } from "../../../types/producer/module"

/** Only the producers this volunteer onboarded, newest first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const onboarder = await resolveOnboarder(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: onboardingProducerFields,
    filters: ownedBy(onboarder),
    pagination: { order: { created_at: "DESC", id: "ASC" } },
  })
  res.json({
    // Query's generated types make every field optional; these rows hold the fields asked for.
    producers: (producers as unknown as ProducerDTO[]).map(
      toOnboardingProducer
    ),
    count: producers.length,
  })
}

/** Registers a producer as a draft, with its consent record, on the volunteer's behalf. */
export const POST = async (
  req: MedusaRequest<OnboardingCreateProducerType>,
  res: MedusaResponse
) => {
  const onboarder = await resolveOnboarder(req)
  const { result } = await createOnboardedProducerWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      handle: readableHandle(req.validatedBody.name, "producer"),
      onboarder_id: onboarder.id,
    },
  })
  res.json({
    producer: await refetchOnboardingProducer(req, onboarder, result.id),
  })
}
