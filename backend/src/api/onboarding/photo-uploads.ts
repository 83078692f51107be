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

/** A producer's story and a certificate need a few pictures at once, not a whole album. */
export const MAX_PHOTOS_PER_UPLOAD = 10

// Kept in memory: each photo is resized at once and only the small WebP is stored.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_PHOTOS_PER_UPLOAD },
}).array("files", MAX_PHOTOS_PER_UPLOAD)

/**
 * Reads the photos of a multipart body (field `files`). Multer's own errors become a 400 that
 * names the field and says what to do.
 */
export function onboardingPhotoUpload(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  upload(req as any, res as any, (error?: unknown) => {
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
            ? `files: send at most ${MAX_PHOTOS_PER_UPLOAD} photos in the field named files`
            : "files could not be received: try the upload again"
      )
    )
  })
}
