import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addOnboardedListingWorkflow } from "../../../../../../../workflows/onboarding/add-onboarded-listing"
import type { ProducerStatus } from "../../../../../../../types/producer/module"
import {
  resolveOnboarder,
  retrieveOnboardingProduct,
  retrieveOwnedProducer,
} from "../../../../../helpers"
import type { OnboardingCreateListingType } from "../../../../../validators"

/** Links the product to its page on voso.vn or postmart.vn (https, exactly that host). */
export const POST = async (
  req: MedusaRequest<OnboardingCreateListingType>,
  res: MedusaResponse
) => {
  const onboarder = await resolveOnboarder(req)
  const producer = (await retrieveOwnedProducer(
    req,
    onboarder,
    req.params.id
  )) as { id: string; status: ProducerStatus }
  await addOnboardedListingWorkflow(req.scope).run({
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
