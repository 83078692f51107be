import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { printProductSheet } from "../../../../../utils/qr-sheets/print"
import { listProducerProductIds } from "../../../../utils/producer-products"
import {
  refusalLocale,
  sendPrintedSheet,
} from "../../../../utils/qr-sheet-download"
import { resolveProducerScope } from "../../../helpers"
import type { PortalQrSheetQueryType } from "../../../validators"

/**
 * GET /producer/products/:id/qr.pdf?layout=poster|labels — a member prints the QR code of an own
 * product that shoppers can see: an A6 poster for the stall, or an A4 sheet of 24 labels for
 * the packages.
 */
export const GET = async (
  req: MedusaRequest<unknown, PortalQrSheetQueryType>,
  res: MedusaResponse
) => {
  const scope = await resolveProducerScope(req)
  const own = await listProducerProductIds(req.scope, scope.producer.id)
  if (!own.includes(req.params.id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${req.params.id} was not found`
    )
  }
  sendPrintedSheet(
    res,
    await printProductSheet(
      req.scope,
      req.params.id,
      req.validatedQuery.layout,
      refusalLocale(req)
    )
  )
}
