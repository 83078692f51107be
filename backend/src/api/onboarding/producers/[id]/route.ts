import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateOnboardedProducerWorkflow } from "../../../../workflows/onboarding/update-onboarded-producer"
import {
  refetchOnboardingProducer,
  resolveOnboarder,
  retrieveOwnedProducer,
} from "../../helpers"
import type { OnboardingUpdateProducerType } from "../../validators"

/** One of the volunteer's producers with consent, products and checklist: the wizard resumes here. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const onboarder = await resolveOnboarder(req)
  res.json({
    producer: await refetchOnboardingProducer(req, onboarder, req.params.id),
  })
}

/** Saves one wizard step; refused with 403 once an officer has verified the producer. */
export const POST = async (
  req: MedusaRequest<OnboardingUpdateProducerType>,
  res: MedusaResponse
) => {
  const onboarder = await resolveOnboarder(req)
  await retrieveOwnedProducer(req, onboarder, req.params.id)
  await updateOnboardedProducerWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.json({
    producer: await refetchOnboardingProducer(req, onboarder, req.params.id),
  })
}
