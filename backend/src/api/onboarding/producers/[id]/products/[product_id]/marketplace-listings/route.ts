import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addOnboardedListingWorkflow } from "../../../../../../../workflows/onboarding/add-onboarded-listing"
import { changeOnboardingProduct } from "../../../../../helpers"
import type { OnboardingCreateListingType } from "../../../../../validators"

/** Links the product to its page on voso.vn or postmart.vn (https, exactly that host). */
export const POST = async (
  req: MedusaRequest<OnboardingCreateListingType>,
  res: MedusaResponse
) =>
  changeOnboardingProduct(req, res, (ids) =>
    addOnboardedListingWorkflow(req.scope).run({
      input: { ...req.validatedBody, ...ids },
    })
  )
