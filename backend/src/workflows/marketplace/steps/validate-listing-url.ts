import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { validateListingUrl } from "../../../modules/marketplace/utils/listing-url"
import type { Marketplace } from "../../../types/marketplace/module"

export const validateListingUrlStepId = "validate-listing-url"

/** Refuses a listing URL that is not https on the marketplace's own host; returns it normalised. */
export const validateListingUrlStep = createStep(
  validateListingUrlStepId,
  async (input: { marketplace: Marketplace; url: string }) => {
    const check = validateListingUrl(input.marketplace, input.url)
    if (!check.valid) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, check.message)
    }
    return new StepResponse(check.url)
  }
)
