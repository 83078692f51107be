import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addOnboardedProductWorkflow } from "../../../../../workflows/onboarding/add-onboarded-product"
import {
  listOnboardingProducts,
  resolveOnboarder,
  retrieveOnboardingProduct,
  retrieveOwnedProducer,
} from "../../../helpers"
import type { OnboardingCreateProductType } from "../../../validators"

/** The producer's products with variants, prices, stock, certificate and listings. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const onboarder = await resolveOnboarder(req)
  const producer = await retrieveOwnedProducer(req, onboarder, req.params.id)
  const products = await listOnboardingProducts(req.scope, producer)
  res.json({ products, count: products.length })
}

/**
 * Adds a product, published unless sent as "draft": shoppers see it only once the producer
 * is verified (visibility.ts).
 */
export const POST = async (
  req: MedusaRequest<OnboardingCreateProductType>,
  res: MedusaResponse
) => {
  const onboarder = await resolveOnboarder(req)
  const producer = await retrieveOwnedProducer(req, onboarder, req.params.id)
  const { result } = await addOnboardedProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, producer_id: producer.id },
  })
  res.json({
    product: await retrieveOnboardingProduct(req.scope, producer, result.id),
  })
}
