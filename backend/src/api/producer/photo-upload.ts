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

// Kept in memory: the photo is resized at once and only the small WebP is stored.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_PHOTO_BYTES, files: 1 },
}).single("file")

/**
 * Reads one photo from a multipart body (field `file`). Multer's own errors become a 400 that
 * names the field and says what to do, like every other portal validation error.
 */
export function photoUpload(
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
            ? "file: send one photo at a time in the field named file"
            : "file could not be received: try the upload again"
      )
    )
  })
}
