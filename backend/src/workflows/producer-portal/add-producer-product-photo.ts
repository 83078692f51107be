import {
  updateProductsWorkflow,
  uploadFilesWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateProducerOwnsProductStep } from "../producer/steps/validate-producer-owns-product"

export type AddProducerProductPhotoWorkflowInput = {
  producer_id: string
  product_id: string
  /** The photo already checked and resized for the web (src/utils/product-photo.ts), base64. */
  content: string
  mime_type: string
  filename: string
}

export const addProducerProductPhotoWorkflowId = "add-producer-product-photo"

/**
 * A member adds a photo to one of its own products: the file goes to Medusa's file module and
 * becomes the product's last picture (its thumbnail when it has none). A failed product update
 * deletes the uploaded file again through the upload workflow's compensation.
 */
export const addProducerProductPhotoWorkflow = createWorkflow(
  addProducerProductPhotoWorkflowId,
  (input: AddProducerProductPhotoWorkflowInput) => {
    validateProducerOwnsProductStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        product_id: input.product_id,
      }))
    )
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "thumbnail", "images.url", "images.rank"],
      filters: { id: input.product_id },
    })
    const files = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: [
          {
            filename: input.filename,
            mimeType: input.mime_type,
            content: input.content,
            access: "public" as const,
          },
        ],
      })),
    })
    const update = transform({ products, files }, ({ products, files }) => {
      const product = products[0]
      const urls = [...(product.images ?? [])]
        .filter(Boolean)
        .sort((a, b) => (a!.rank ?? 0) - (b!.rank ?? 0))
        .map((image) => image!.url as string)
      const url = files[0].url
      return {
        selector: { id: product.id },
        update: {
          images: [...urls, url].map((image) => ({ url: image })),
          thumbnail: product.thumbnail ?? urls[0] ?? url,
        },
      }
    })
    updateProductsWorkflow.runAsStep({ input: update })
    return new WorkflowResponse(
      transform({ files }, ({ files }) => ({ url: files[0].url }))
    )
  }
)
