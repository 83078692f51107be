import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { describeFieldErrors } from "../../../domain/cart-rules"
import { preorderProblems } from "../../../domain/preorder"
import { vietnamDate } from "../../../domain/harvest-season"
import { firstShippingDay } from "../../../domain/tet-break"
import type { HarvestPreorderInput } from "../../../types/harvest/module"

export type ValidateHarvestPreorderStepInput = HarvestPreorderInput & {
  /** Units already pre-ordered from the announcement this one replaces. */
  ordered: number
}

export const validateHarvestPreorderStepId = "validate-harvest-preorder"

/**
 * The pre-order rule, checked against what shoppers already pre-ordered; returns the
 * announcement with the date the shop will promise to ship (past the carriers' Tết break).
 */
export const validateHarvestPreorderStep = createStep(
  validateHarvestPreorderStepId,
  async (input: ValidateHarvestPreorderStepInput) => {
    const problems = preorderProblems(input, {
      today: vietnamDate(new Date()),
      ordered: input.ordered,
    })
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid pre-order: ${describeFieldErrors(problems)}`
      )
    }
    return new StepResponse({
      harvest_on: input.harvest_on,
      ships_on: firstShippingDay(input.harvest_on),
      quantity: input.quantity,
    })
  }
)
