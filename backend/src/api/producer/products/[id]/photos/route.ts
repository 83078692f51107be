import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { PortalProductResponse } from "../../../../../types/producer-portal/http"
import { prepareProductPhoto } from "../../../../../utils/product-photo"
import { addProducerProductPhotoWorkflow } from "../../../../../workflows/producer-portal/add-producer-product-photo"
import { resolveProducerScope, retrievePortalProduct } from "../../../helpers"

type UploadedFile = { buffer: Buffer; originalname: string }

/**
 * Adds a photo taken with the phone's camera (multipart field `file`) to an own product. The
 * product is looked up first, so another producer's id answers 404 before any file is read.
 */
export const POST = async (
  req: MedusaRequest,
  res: MedusaResponse<PortalProductResponse>
) => {
  const scope = await resolveProducerScope(req)
  const product = await retrievePortalProduct(req.scope, scope, req.params.id)
  const file = (req as MedusaRequest & { file?: UploadedFile }).file
  if (!file) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "file is required: take or choose a photo"
    )
  }
  const photo = await prepareProductPhoto(file.buffer)
  await addProducerProductPhotoWorkflow(req.scope).run({
    input: {
      producer_id: scope.producer.id,
      product_id: product.id,
      content: photo.content.toString("base64"),
      mime_type: photo.mimeType,
      filename: `${product.handle}-${Date.now()}.webp`,
    },
  })
  res.json({
    product: await retrievePortalProduct(req.scope, scope, product.id),
  })
}
