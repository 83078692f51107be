import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HARVEST_MODULE } from "../../../modules/harvest"
import {
  fromSeasonRecord,
  toSeasonRecord,
} from "../../../modules/harvest/season-record"
import type HarvestModuleService from "../../../modules/harvest/service"
import type { HarvestSeasonDTO } from "../../../types/harvest/module"

export const updateHarvestSeasonStepId = "update-harvest-season"

/** Replaces a season's months; compensation puts the previous ones back. */
export const updateHarvestSeasonStep = createStep(
  updateHarvestSeasonStepId,
  async (data: HarvestSeasonDTO, { container }) => {
    const service = container.resolve<HarvestModuleService>(HARVEST_MODULE)
    const previous = fromSeasonRecord(
      await service.retrieveHarvestSeason(data.id)
    )
    const season = fromSeasonRecord(
      await service.updateHarvestSeasons(toSeasonRecord(data))
    )
    return new StepResponse(season, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = container.resolve<HarvestModuleService>(HARVEST_MODULE)
    await service.updateHarvestSeasons(toSeasonRecord(previous))
  }
)
