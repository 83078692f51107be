import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"
import type { HarvestPreorderDTO } from "../../../types/harvest/module"

export type UpsertHarvestPreorderStepInput = {
  existing_id: string | null
  harvest_on: string
  ships_on: string
  quantity: number
}

type Undo =
  | { created: string }
  | {
      previous: Pick<
        HarvestPreorderDTO,
        "id" | "harvest_on" | "ships_on" | "quantity"
      >
    }

export const upsertHarvestPreorderStepId = "upsert-harvest-preorder"

/**
 * Creates an announcement or moves the existing one (keeping its count of pre-ordered units);
 * compensation deletes the new one or puts the previous date and quantity back.
 */
export const upsertHarvestPreorderStep = createStep(
  upsertHarvestPreorderStepId,
  async (input: UpsertHarvestPreorderStepInput, { container }) => {
    const service = container.resolve<HarvestModuleService>(HARVEST_MODULE)
    const values = {
      harvest_on: input.harvest_on,
      ships_on: input.ships_on,
      quantity: input.quantity,
    }
    if (!input.existing_id) {
      const created = await service.createHarvestPreorders(values)
      return new StepResponse<HarvestPreorderDTO, Undo>(created, {
        created: created.id,
      })
    }
    const previous = await service.retrieveHarvestPreorder(input.existing_id)
    const updated = await service.updateHarvestPreorders({
      id: input.existing_id,
      ...values,
    })
    return new StepResponse<HarvestPreorderDTO, Undo>(updated, {
      previous: {
        id: previous.id,
        harvest_on: previous.harvest_on,
        ships_on: previous.ships_on,
        quantity: previous.quantity,
      },
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = container.resolve<HarvestModuleService>(HARVEST_MODULE)
    if ("created" in undo) {
      await service.deleteHarvestPreorders(undo.created)
    } else {
      await service.updateHarvestPreorders(undo.previous)
    }
  }
)
