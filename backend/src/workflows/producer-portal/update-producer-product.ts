import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProductStatus } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateProducerOwnsProductStep } from "../producer/steps/validate-producer-owns-product"

export type UpdateProducerProductWorkflowInput = {
  producer_id: string
  id: string
  title?: string
  subtitle?: string | null
  description?: string | null
  status?: "draft" | "published"
  /** The product's pictures in order; the first one is the thumbnail. */
  images?: string[]
  /** Archiving hides the product (draft) and files it under "archived" in the portal. */
  archived?: boolean
}

export const updateProducerProductWorkflowId = "update-producer-product"

/** A member changes the text, status or pictures of one of its own producer's products. */
export const updateProducerProductWorkflow = createWorkflow(
  updateProducerProductWorkflowId,
  (input: UpdateProducerProductWorkflowInput) => {
    validateProducerOwnsProductStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        product_id: input.id,
      }))
    )
    const update = transform({ input }, ({ input }) => {
      const changes: Record<string, unknown> = {}
      for (const key of [
        "title",
        "subtitle",
        "description",
        "status",
      ] as const) {
        if (input[key] !== undefined) {
          changes[key] = input[key]
        }
      }
      if (input.images) {
        changes.images = input.images.map((url) => ({ url }))
        changes.thumbnail = input.images[0] ?? null
      }
      if (input.archived === true) {
        changes.status = "draft"
        changes.metadata = { archived_at: new Date().toISOString() }
      } else if (input.archived === false || input.status === "published") {
        // Publishing again takes a product out of the archive.
        changes.metadata = { archived_at: "" }
      }
      return changes as { status?: ProductStatus }
    })
    const products = updateProductsWorkflow.runAsStep({
      input: transform({ input, update }, ({ input, update }) => ({
        selector: { id: input.id },
        update,
      })),
    })
    return new WorkflowResponse(
      transform({ products }, ({ products }) => ({ id: products[0].id }))
    )
  }
)
