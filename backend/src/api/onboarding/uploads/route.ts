import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import {
  prepareProductPhoto,
  type PreparedPhoto,
} from "../../../utils/product-photo"
import { resolveOnboarder } from "../helpers"

type UploadedFile = { buffer: Buffer }

/**
 * Stores photos taken on the volunteer's phone (multipart field `files`): the farm for the
 * producer's story, the paper certificate. Each is checked, turned upright, shrunk and saved
 * as WebP without its EXIF (which can hold the farm's position); the answer gives their URLs
 * for `photos` or `image_url`.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const onboarder = await resolveOnboarder(req)
  const files = (req as MedusaRequest & { files?: UploadedFile[] }).files ?? []
  if (!files.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "files is required: take or choose at least one photo"
    )
  }
  // One at a time: each decode may hold a full-size photo in memory.
  const photos: PreparedPhoto[] = []
  for (const file of files) {
    photos.push(await prepareProductPhoto(file.buffer))
  }
  const stamp = Date.now()
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: photos.map((photo, index) => ({
        filename: `onboarding-${onboarder.id}-${stamp}-${index}.webp`,
        mimeType: photo.mimeType,
        content: photo.content.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.json({ files: result.map((file) => ({ id: file.id, url: file.url })) })
}
