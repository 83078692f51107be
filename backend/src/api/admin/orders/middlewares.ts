import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AdminRecordBankRefund } from "./validators"
import { rejectQueryParameters } from "../../utils/query-parameters"
import { validateBodyWithFieldErrors } from "../../utils/validate-body"

export const adminOrderBankTransferMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/orders/:id/bank-transfer",
    middlewares: [rejectQueryParameters],
  },
  {
    methods: ["POST"],
    matcher: "/admin/orders/:id/bank-transfer/refund",
    middlewares: [validateBodyWithFieldErrors(AdminRecordBankRefund)],
  },
]
