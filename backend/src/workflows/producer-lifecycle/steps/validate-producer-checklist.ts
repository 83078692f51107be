import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  computeChecklist,
  describeMissing,
  loadChecklistInput,
} from "../../../utils/producer-checklist"

export const validateProducerChecklistStepId = "validate-producer-checklist"

/** Refuses to submit a producer whose required checklist items are not all done, naming them. */
export const validateProducerChecklistStep = createStep(
  validateProducerChecklistStepId,
  async (input: { producer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const checklistInput = await loadChecklistInput(query, input.producer_id)
    if (!checklistInput) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Producer with id: ${input.producer_id} was not found`
      )
    }
    const checklist = computeChecklist(checklistInput)
    if (!checklist.ready) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        describeMissing(checklist.missing)
      )
    }
    return new StepResponse(checklist)
  }
)
