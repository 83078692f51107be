import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import {
  MAX_PHOTO_BYTES,
  photoTooLargeMessage,
} from "../../utils/product-photo"

/**
 * Reads photos from a multipart body: one in `field` when `maxFiles` is 1, else up to
 * `maxFiles` of them. Kept in memory: the route decodes the photos one at a time, each within
 * MAX_PHOTO_PIXELS (src/utils/product-photo.ts), and only the small WebP is stored. Multer's own errors become a 400 that names the field and says what to do.
 */
export function photoUploadMiddleware(field: string, maxFiles: number) {
  const limits = { fileSize: MAX_PHOTO_BYTES, files: maxFiles }
  const storage = multer.memoryStorage()
  const upload =
    maxFiles === 1
      ? multer({ storage, limits }).single(field)
      : multer({ storage, limits }).array(field, maxFiles)
  const tooMany =
    maxFiles === 1
      ? `${field}: send one photo at a time in the field named ${field}`
      : `${field}: send at most ${maxFiles} photos in the field named ${field}`

  return function photoUpload(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    upload(req, res, (error?: unknown) => {
      if (!error) {
        return next()
      }
      const code = (error as { code?: string }).code
      next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          code === "LIMIT_FILE_SIZE"
            ? photoTooLargeMessage()
            : code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE"
              ? tooMany
              : `${field} could not be received: try the upload again`
        )
      )
    })
  }
}
