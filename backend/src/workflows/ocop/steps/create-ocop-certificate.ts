import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { ValidatedOcopCertificate } from "./validate-ocop-certificate"

export const createOcopCertificateStepId = "create-ocop-certificate"

/** Creates one certificate; compensation deletes it. */
export const createOcopCertificateStep = createStep(
  createOcopCertificateStepId,
  async (data: ValidatedOcopCertificate, { container }) => {
    const service = container.resolve<OcopModuleService>(OCOP_MODULE)
    const certificate = await service.createOcopCertificates(data)
    return new StepResponse(certificate, certificate.id)
  },
  async (certificateId, { container }) => {
    if (!certificateId) {
      return
    }
    const service = container.resolve<OcopModuleService>(OCOP_MODULE)
    await service.deleteOcopCertificates(certificateId)
  }
)
