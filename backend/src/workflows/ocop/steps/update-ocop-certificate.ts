import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { ValidatedOcopCertificate } from "./validate-ocop-certificate"

export const updateOcopCertificateStepId = "update-ocop-certificate"

type UpdateOcopCertificateInput = ValidatedOcopCertificate & { id: string }

/** Replaces a certificate's details; compensation restores the previous ones. */
export const updateOcopCertificateStep = createStep(
  updateOcopCertificateStepId,
  async (data: UpdateOcopCertificateInput, { container }) => {
    const service = container.resolve<OcopModuleService>(OCOP_MODULE)
    const previous = await service.retrieveOcopCertificate(data.id, {
      select: [
        "id",
        "stars",
        "decision_number",
        "issuing_level",
        "issued_at",
        "expires_at",
        "image_url",
        "displayed_stars",
      ],
    })
    const certificate = await service.updateOcopCertificates(data)
    return new StepResponse(certificate, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = container.resolve<OcopModuleService>(OCOP_MODULE)
    await service.updateOcopCertificates(previous)
  }
)
