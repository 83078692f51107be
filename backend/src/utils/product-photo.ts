import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"

/** A phone photo is 2–8 MB; 15 MB leaves room for a large one and stops anything bigger early. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024
/**
 * A 15 MB file can still declare a picture of billions of pixels (a "decompression bomb") that
 * would take gigabytes to decode. 40 megapixels is well above a phone's default photo (about
 * 12 MP); a camera's 48 MP or larger mode is refused with a message asking for a lower resolution.
 * Checked from the header before anything is decoded.
 */
export const MAX_PHOTO_PIXELS = 40_000_000
/** Wide enough for a sharp product page on a retina phone and a desktop gallery. */
export const PHOTO_MAX_WIDTH = 1600

// Formats are read from the file's own bytes, never from its name or the browser's mime type.
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "heif"])

export type PreparedPhoto = {
  content: Buffer
  mimeType: "image/webp"
  width: number
  height: number
}

/** sharp's refusal of a picture over `limitInputPixels` ("Input image exceeds pixel limit"). */
const overPixelLimit = (error: unknown) =>
  error instanceof Error && /pixel limit/i.test(error.message)

const refuse = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks that an upload is a JPEG, PNG, WebP or HEIC picture, turns it upright (phones store the
 * rotation in EXIF), shrinks it to at most PHOTO_MAX_WIDTH wide and stores it as WebP without the
 * EXIF data (which can hold the farm's GPS position).
 */
export async function prepareProductPhoto(
  original: Buffer
): Promise<PreparedPhoto> {
  if (!original.length) {
    throw refuse("file is empty: choose or take a photo")
  }
  if (original.length > MAX_PHOTO_BYTES) {
    throw refuse(photoTooLargeMessage())
  }
  let format: string | undefined
  let pixels = 0
  try {
    // Reads the header only: the size is known before a single pixel is decoded.
    const metadata = await sharp(original, {
      limitInputPixels: MAX_PHOTO_PIXELS,
    }).metadata()
    format = metadata.format
    pixels = (metadata.width ?? 0) * (metadata.height ?? 0)
  } catch (error) {
    if (overPixelLimit(error)) {
      throw refuse(photoTooManyPixelsMessage())
    }
    format = undefined
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) {
    throw refuse("file must be a JPEG, PNG, WebP or HEIC photo")
  }
  if (pixels > MAX_PHOTO_PIXELS) {
    throw refuse(photoTooManyPixelsMessage())
  }
  try {
    const { data, info } = await sharp(original, {
      failOn: "error",
      limitInputPixels: MAX_PHOTO_PIXELS,
    })
      .rotate()
      .resize({ width: PHOTO_MAX_WIDTH, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true })
    return {
      content: data,
      mimeType: "image/webp",
      width: info.width,
      height: info.height,
    }
  } catch (error) {
    // The decoder's own check, for a header that understated the picture's size.
    if (overPixelLimit(error)) {
      throw refuse(photoTooManyPixelsMessage())
    }
    // Most HEIC photos are HEVC-coded, which the bundled image library cannot decode.
    throw refuse(
      format === "heif"
        ? "file is a HEIC photo this server cannot read: set the camera to JPEG (Most Compatible) and try again"
        : "file could not be read as a picture: take the photo again"
    )
  }
}

export function photoTooLargeMessage(): string {
  return `file is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB: take the photo at a lower size`
}

export function photoTooManyPixelsMessage(): string {
  return `file is larger than ${MAX_PHOTO_PIXELS / 1_000_000} megapixels: take the photo at a lower resolution (at most ${MAX_PHOTO_PIXELS / 1_000_000} MP)`
}
