import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setOnboardedSeasonWorkflow } from "../../../../../../../workflows/onboarding/set-onboarded-season"
import type { ProductSeasonType } from "../../../../../../utils/product-fields"
import { changeOnboardingProduct } from "../../../../../helpers"

/** Records when one of the producer's products is in season. */
export const POST = async (
  req: MedusaRequest<ProductSeasonType>,
  res: MedusaResponse
) =>
  changeOnboardingProduct(req, res, (ids) =>
    setOnboardedSeasonWorkflow(req.scope).run({
      input: { ...req.validatedBody, ...ids },
    })
  )
