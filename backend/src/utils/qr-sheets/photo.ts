import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import sharp from "sharp"
import { readMarketEnv } from "../../config/env"
import { fileUrlBase } from "../../config/modules"
import { isOwnFileUrl } from "../own-file-url"
import { MAX_PHOTO_PIXELS } from "../product-photo"

/**
 * The file store's key of a picture the market stored: the part of its URL after the store's
 * base address (the local `static/` folder or the bucket, prefix included). Null for anything
 * else, so that a poster never fetches an address someone typed in.
 */
export function ownFileKey(url: string): string | null {
  if (!isOwnFileUrl(url)) {
    return null
  }
  const base = new URL(fileUrlBase(readMarketEnv()))
  const folder = base.pathname.endsWith("/")
    ? base.pathname
    : `${base.pathname}/`
  try {
    return decodeURIComponent(new URL(url).pathname.slice(folder.length))
  } catch {
    return null
  }
}

/**
 * A product photo cropped to `width` × `height` pixels as JPEG, which PDF embeds as it is
 * (photos are stored as WebP, which PDF cannot show). Read through the file module, so it works
 * with the local folder and the bucket alike. Null when the picture cannot be read: the poster
 * is laid out without it rather than not printed at all.
 */
export async function readPosterPhoto(
  container: MedusaContainer,
  url: string | null,
  width: number,
  height: number
): Promise<Buffer | null> {
  const key = url ? ownFileKey(url) : null
  if (!key) {
    return null
  }
  try {
    const stored = await container.resolve(Modules.FILE).getAsBuffer(key)
    return await sharp(stored, { limitInputPixels: MAX_PHOTO_PIXELS })
      .rotate()
      .resize({ width, height, fit: "cover" })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 82 })
      .toBuffer()
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `QR poster printed without its photo: ${url} could not be read (${error instanceof Error ? error.message : String(error)})`
      )
    return null
  }
}
