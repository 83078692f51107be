import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setOnboardedCertificateWorkflow } from "../../../../../../../workflows/onboarding/set-onboarded-certificate"
import type { ProducerStatus } from "../../../../../../../types/producer/module"
import {
  resolveOnboarder,
  retrieveOnboardingProduct,
  retrieveOwnedProducer,
} from "../../../../../helpers"
import type { OnboardingSetCertificateType } from "../../../../../validators"

/** Sets the product's OCOP certificate (stars, decision, level, date, photo of the paper). */
export const POST = async (
  req: MedusaRequest<OnboardingSetCertificateType>,
  res: MedusaResponse
) => {
  const onboarder = await resolveOnboarder(req)
  const producer = (await retrieveOwnedProducer(
    req,
    onboarder,
    req.params.id
  )) as { id: string; status: ProducerStatus }
  await setOnboardedCertificateWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      producer_id: producer.id,
      product_id: req.params.product_id,
    },
  })
  res.json({
    product: await retrieveOnboardingProduct(
      req.scope,
      producer,
      req.params.product_id
    ),
  })
}
