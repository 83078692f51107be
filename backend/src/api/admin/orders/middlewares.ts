import {
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { AdminRecordBankRefund } from "./validators"

export const adminOrderBankTransferMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/orders/:id/bank-transfer/refund",
    middlewares: [validateAndTransformBody(AdminRecordBankRefund)],
  },
]
