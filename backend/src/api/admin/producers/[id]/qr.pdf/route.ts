import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { printProducerLabels } from "../../../../../utils/qr-sheets/print"
import {
  refusalLocale,
  sendPrintedSheet,
} from "../../../../utils/qr-sheet-download"
import type { AdminQrSheetQueryType } from "../../validators"

/**
 * GET /admin/producers/:id/qr.pdf?layout=labels — an officer prints packaging labels for every
 * product of a producer that shoppers can see, one row of three per product.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminQrSheetQueryType>,
  res: MedusaResponse
) => {
  sendPrintedSheet(
    res,
    await printProducerLabels(req.scope, req.params.id, refusalLocale(req))
  )
}
