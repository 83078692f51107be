import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HARVEST_MODULE } from "../../../modules/harvest"
import {
  fromSeasonRecord,
  toSeasonRecord,
} from "../../../modules/harvest/season-record"
import type HarvestModuleService from "../../../modules/harvest/service"
import type {
  HarvestSeasonDTO,
  HarvestSeasonInput,
} from "../../../types/harvest/module"

export const createHarvestSeasonStepId = "create-harvest-season"

/** Creates one season; compensation deletes it. */
export const createHarvestSeasonStep = createStep(
  createHarvestSeasonStepId,
  async (data: HarvestSeasonInput, { container }) => {
    const service = container.resolve<HarvestModuleService>(HARVEST_MODULE)
    const season: HarvestSeasonDTO = fromSeasonRecord(
      await service.createHarvestSeasons(toSeasonRecord(data))
    )
    return new StepResponse(season, season.id)
  },
  async (seasonId, { container }) => {
    if (!seasonId) {
      return
    }
    const service = container.resolve<HarvestModuleService>(HARVEST_MODULE)
    await service.deleteHarvestSeasons(seasonId)
  }
)
