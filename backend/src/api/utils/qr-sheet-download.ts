import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PrintedSheet } from "../../utils/qr-sheets/print"
import { messageLocale, type MessageLocale } from "../../utils/request-locale"

/** The language of a refusal: what the storefront or the officer's browser asks for. */
export function refusalLocale(req: MedusaRequest): MessageLocale {
  return messageLocale(req.get("x-medusa-locale"), req.get("accept-language"))
}

/**
 * Answers a printable sheet as a download. It names the asker's products and prices as they are
 * now: no shared cache may keep it.
 */
export function sendPrintedSheet(res: MedusaResponse, sheet: PrintedSheet) {
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="${sheet.filename}"`
  )
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).send(sheet.pdf)
}
