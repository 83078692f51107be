import { Modules } from "@medusajs/framework/utils"
import {
  createRemoteLinkStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import { MarketEvents } from "../../types/events"
import type { UpsertOcopCertificateDTO } from "../../types/ocop/module"
import { createOcopCertificateStep } from "./steps/create-ocop-certificate"
import { updateOcopCertificateStep } from "./steps/update-ocop-certificate"
import { validateOcopCertificateStep } from "./steps/validate-ocop-certificate"

export type UpsertOcopCertificateWorkflowInput = UpsertOcopCertificateDTO & {
  product_id: string
}

export const upsertOcopCertificateWorkflowId = "upsert-ocop-certificate"

/** Gives a product its OCOP certificate, or replaces the details of the one it has. */
export const upsertOcopCertificateWorkflow = createWorkflow(
  upsertOcopCertificateWorkflowId,
  (input: UpsertOcopCertificateWorkflowInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "ocop_certificate.id"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    })
    const certificateData = validateOcopCertificateStep(
      transform({ input }, ({ input }) => ({
        stars: input.stars,
        decision_number: input.decision_number,
        issuing_level: input.issuing_level,
        issued_at: input.issued_at,
        expires_at: input.expires_at,
        image_url: input.image_url,
      }))
    )
    const existingId = transform(
      { products },
      ({ products }) =>
        (products[0]?.ocop_certificate?.id as string | undefined) ?? null
    )

    const updated = when(
      "update-existing-ocop-certificate",
      { existingId },
      ({ existingId }) => !!existingId
    ).then(() =>
      updateOcopCertificateStep(
        transform(
          { certificateData, existingId },
          ({ certificateData, existingId }) => ({
            ...certificateData,
            id: existingId as string,
          })
        )
      )
    )

    const created = when(
      "create-new-ocop-certificate",
      { existingId },
      ({ existingId }) => !existingId
    ).then(() => {
      const certificate = createOcopCertificateStep(certificateData)
      createRemoteLinkStep(
        transform({ certificate, input }, ({ certificate, input }) => [
          {
            [Modules.PRODUCT]: { product_id: input.product_id },
            [OCOP_MODULE]: { ocop_certificate_id: certificate.id },
          },
        ])
      )
      return certificate
    })

    const certificate = transform(
      { updated, created },
      ({ updated, created }) => updated ?? created
    )
    emitEventStep({
      eventName: MarketEvents.OCOP_CERTIFICATE_UPDATED,
      data: transform({ certificate, input }, ({ certificate, input }) => ({
        id: certificate!.id,
        product_ids: [input.product_id],
      })),
    })

    return new WorkflowResponse(certificate)
  }
)
