import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitProducerWorkflow } from "../../../../../workflows/producer-lifecycle/submit-producer"
import { describeMissing } from "../../../../../utils/producer-checklist"
import { checkTransition } from "../../../../../utils/producer-lifecycle"
import {
  checklistOf,
  refetchOnboardingProducer,
  resolveOnboarder,
  retrieveOwnedProducer,
} from "../../../helpers"
import type { OnboardingSubmitProducerType } from "../../../validators"

/**
 * Hands the producer to the officers (draft → submitted). When required items are missing
 * the 400 lists them as `missing` too, so the wizard can point at each step.
 */
export const POST = async (
  req: MedusaRequest<OnboardingSubmitProducerType>,
  res: MedusaResponse
) => {
  const onboarder = await resolveOnboarder(req)
  const producer = await retrieveOwnedProducer(req, onboarder, req.params.id)
  const checklist = await checklistOf(req.scope, req.params.id)
  if (checkTransition(producer.status, "submit").ok && !checklist.ready) {
    res.status(400).json({
      type: "invalid_data",
      message: describeMissing(checklist.missing),
      missing: checklist.missing,
      checklist,
    })
    return
  }
  await submitProducerWorkflow(req.scope).run({
    input: {
      producer_id: req.params.id,
      actor_type: "onboarder",
      actor_id: onboarder.id,
      note: req.validatedBody?.note,
    },
  })
  res.json({
    producer: await refetchOnboardingProducer(req, onboarder, req.params.id),
  })
}
