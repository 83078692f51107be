import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { describeFieldErrors } from "../../../domain/cart-rules"
import { seasonProblems } from "../../../domain/harvest-season"
import type { HarvestSeasonInput } from "../../../types/harvest/module"

export const validateHarvestSeasonStepId = "validate-harvest-season"

/** The season rule, checked by whichever route or script sets a season; months kept in order. */
export const validateHarvestSeasonStep = createStep(
  validateHarvestSeasonStepId,
  async (season: HarvestSeasonInput) => {
    const problems = seasonProblems(season)
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid season: ${describeFieldErrors(problems)}`
      )
    }
    const byCalendar = (months: number[]) => [...months].sort((a, b) => a - b)
    return new StepResponse<HarvestSeasonInput>({
      all_year: season.all_year,
      harvest_months: byCalendar(season.harvest_months),
      best_months: byCalendar(season.best_months),
    })
  }
)
