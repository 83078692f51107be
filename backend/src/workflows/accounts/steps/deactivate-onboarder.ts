import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const deactivateOnboarderStepId = "deactivate-onboarder"

/**
 * Marks a volunteer deactivated (kept, so producers keep their "onboarded by"); every request
 * with their token is refused from then on. Compensation restores the previous value.
 */
export const deactivateOnboarderStep = createStep(
  deactivateOnboarderStepId,
  async (input: { onboarder_id: string }, { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [onboarder] = await service.listOnboarders({ id: input.onboarder_id })
    if (!onboarder) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Onboarder with id: ${input.onboarder_id} was not found`
      )
    }
    if (onboarder.deactivated_at) {
      return new StepResponse(onboarder, null)
    }
    const updated = await service.updateOnboarders({
      id: onboarder.id,
      deactivated_at: new Date(),
    })
    return new StepResponse(updated, onboarder.id)
  },
  async (onboarderId, { container }) => {
    if (!onboarderId) {
      return
    }
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await service.updateOnboarders({ id: onboarderId, deactivated_at: null })
  }
)
