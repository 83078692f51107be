import { readMarketEnv, type MarketEnv } from "../config/env"
import { fileUrlBase } from "../config/modules"

/**
 * Whether a URL points into the market's own file store (the local `static/` folder or the S3
 * bucket, whichever is configured). Product pictures are shown to every shopper, so a picture
 * from elsewhere could change after review or track who looks at it; only uploads are accepted.
 */
export function isOwnFileUrl(
  url: string,
  env: Pick<
    MarketEnv,
    "S3_BUCKET" | "S3_FILE_URL" | "MEDUSA_BACKEND_URL"
  > = readMarketEnv()
): boolean {
  let candidate: URL
  let base: URL
  try {
    candidate = new URL(url)
    base = new URL(fileUrlBase(env as MarketEnv))
  } catch {
    return false
  }
  const folder = base.pathname.endsWith("/")
    ? base.pathname
    : `${base.pathname}/`
  return (
    candidate.origin === base.origin &&
    candidate.pathname.startsWith(folder) &&
    candidate.pathname.length > folder.length &&
    !candidate.username &&
    !candidate.password
  )
}

export const FOREIGN_IMAGE_MESSAGE =
  "images: chỉ nhận ảnh đã tải lên chợ, hãy tải ảnh lên trước / only photos uploaded to the market are accepted: upload the photo first"
