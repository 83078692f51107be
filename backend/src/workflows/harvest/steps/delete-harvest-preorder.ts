import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"

export const deleteHarvestPreorderStepId = "delete-harvest-preorder"

/**
 * Withdraws an announcement (soft delete: the orders already placed keep their own ship dates);
 * compensation restores it.
 */
export const deleteHarvestPreorderStep = createStep(
  deleteHarvestPreorderStepId,
  async (preorderId: string, { container }) => {
    const service = container.resolve<HarvestModuleService>(HARVEST_MODULE)
    await service.softDeleteHarvestPreorders(preorderId)
    return new StepResponse(null, preorderId)
  },
  async (preorderId, { container }) => {
    if (!preorderId) {
      return
    }
    const service = container.resolve<HarvestModuleService>(HARVEST_MODULE)
    await service.restoreHarvestPreorders(preorderId)
  }
)
