import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setOnboardedCertificateWorkflow } from "../../../../../../../workflows/onboarding/set-onboarded-certificate"
import { changeOnboardingProduct } from "../../../../../helpers"
import type { OnboardingSetCertificateType } from "../../../../../validators"

/** Sets the product's OCOP certificate (stars, decision, level, date, photo of the paper). */
export const POST = async (
  req: MedusaRequest<OnboardingSetCertificateType>,
  res: MedusaResponse
) =>
  changeOnboardingProduct(req, res, (ids) =>
    setOnboardedCertificateWorkflow(req.scope).run({
      input: { ...req.validatedBody, ...ids },
    })
  )
