import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { UpsertOcopCertificateDTO } from "../../types/ocop/module"
import { upsertOcopCertificateWorkflow } from "../ocop/upsert-ocop-certificate"
import { guardOnboardedProduct } from "./guard-onboarded-product"

export type SetOnboardedCertificateWorkflowInput = UpsertOcopCertificateDTO & {
  producer_id: string
  product_id: string
}

export const setOnboardedCertificateWorkflowId = "set-onboarded-certificate"

/** A volunteer records the OCOP certificate of one of the producer's products. */
export const setOnboardedCertificateWorkflow = createWorkflow(
  setOnboardedCertificateWorkflowId,
  (input: SetOnboardedCertificateWorkflowInput) => {
    guardOnboardedProduct(input)
    const certificate = upsertOcopCertificateWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        stars: input.stars,
        decision_number: input.decision_number,
        issuing_level: input.issuing_level,
        issued_at: input.issued_at,
        expires_at: input.expires_at,
        image_url: input.image_url,
      })),
    })
    return new WorkflowResponse(certificate)
  }
)
