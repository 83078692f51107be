import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { CreateProducerDTO } from "../../../types/producer/module"
import { normalizeVietnamesePhone } from "../../../utils/phone"

export type ProducerInput = Partial<CreateProducerDTO> & { id?: string }

export const validateProducersStepId = "validate-producers"

/**
 * Normalises phones to E.164 and refuses handles that are taken, so producers are stored in
 * one shape whoever registers them. Returns the input with normalised phones.
 */
export const validateProducersStep = createStep(
  validateProducersStepId,
  async (producers: ProducerInput[], { container }) => {
    const normalized = producers.map((producer) => {
      if (producer.phone === undefined) {
        return producer
      }
      const phone = normalizeVietnamesePhone(producer.phone)
      if (!phone) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `"${producer.phone}" is not a Vietnamese phone number: enter a mobile like 0912 345 678 or +84 912 345 678.`
        )
      }
      return { ...producer, phone }
    })

    const handles = normalized.flatMap((producer) =>
      producer.handle ? [producer.handle] : []
    )
    const repeated = handles.find(
      (handle, index) => handles.indexOf(handle) !== index
    )
    if (repeated) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `The handle "${repeated}" is given to more than one producer: give each producer its own handle.`
      )
    }
    if (handles.length) {
      const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
      const existing = await service.listProducers(
        { handle: handles },
        { select: ["id", "handle"] }
      )
      const taken = existing.find(
        (found) =>
          !normalized.some(
            (p) => p.id === found.id && p.handle === found.handle
          )
      )
      if (taken) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `A producer with the handle "${taken.handle}" already exists: choose another handle.`
        )
      }
    }
    return new StepResponse(normalized)
  }
)
