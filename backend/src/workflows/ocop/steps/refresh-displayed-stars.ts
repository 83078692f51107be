import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { displayedStars } from "../../../domain/ocop-stars"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

type StarsChange = {
  id: string
  product_id: string | null
  from: number | null
  to: number | null
}

export const refreshDisplayedStarsStepId = "refresh-displayed-stars"

/**
 * Re-decides the stars of every certificate at `now` and stores those that changed (an issue
 * date or expiry passed since they were written); compensation puts the old values back.
 */
export const refreshDisplayedStarsStep = createStep(
  refreshDisplayedStarsStepId,
  async (input: { now: Date }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: certificates } = await query.graph({
      entity: "ocop_certificate",
      fields: [
        "id",
        "stars",
        "issued_at",
        "expires_at",
        "displayed_stars",
        "product.id",
      ],
    })
    const changes = certificates.flatMap((certificate): StarsChange[] => {
      const to = displayedStars(certificate, new Date(input.now))
      const from = certificate.displayed_stars ?? null
      return to === from
        ? []
        : [
            {
              id: certificate.id,
              product_id: certificate.product?.id ?? null,
              from,
              to,
            },
          ]
    })
    const service = container.resolve<OcopModuleService>(OCOP_MODULE)
    if (changes.length) {
      await service.updateOcopCertificates(
        changes.map((change) => ({ id: change.id, displayed_stars: change.to }))
      )
    }
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (!changes?.length) {
      return
    }
    const service = container.resolve<OcopModuleService>(OCOP_MODULE)
    await service.updateOcopCertificates(
      changes.map((change) => ({ id: change.id, displayed_stars: change.from }))
    )
  }
)
