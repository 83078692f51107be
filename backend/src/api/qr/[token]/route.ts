import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import QRCode from "qrcode"
import { readMarketEnv } from "../../../config/env"
import { QR_IMAGE_SUFFIX, readQrToken } from "../../../utils/qr-image"

// A token's image never changes: mail apps, proxies and CDNs may keep it for a year.
const CACHE_FOREVER = "public, max-age=31536000, immutable"

/**
 * The PNG of a QR code the market signed (`qrImageUrl`), for emails: mail apps block `data:`
 * images. The address ends in `.png` so that mail apps treat it as a picture; Express hands
 * the whole last segment, suffix included, to `:token`.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const segment = req.params.token
  const payload = segment.endsWith(QR_IMAGE_SUFFIX)
    ? readQrToken(
        segment.slice(0, -QR_IMAGE_SUFFIX.length),
        readMarketEnv().COOKIE_SECRET
      )
    : null
  if (payload === null) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "This QR code image does not exist: open the link from the market's email again, or view the order on the storefront"
    )
  }
  // Same look as the storefront's codes: medium error correction, a quiet zone of 2 modules.
  const png = await QRCode.toBuffer(payload, {
    type: "png",
    errorCorrectionLevel: "M",
    margin: 2,
    width: 320,
  })
  res.setHeader("Content-Type", "image/png")
  res.setHeader("Cache-Control", CACHE_FOREVER)
  res.status(200).send(png)
}
