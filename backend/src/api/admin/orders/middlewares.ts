import {
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { AdminRecordBankRefund } from "./validators"
import { rejectQueryParameters } from "../../utils/query-parameters"

export const adminOrderBankTransferMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/orders/:id/bank-transfer",
    middlewares: [rejectQueryParameters],
  },
  {
    methods: ["POST"],
    matcher: "/admin/orders/:id/bank-transfer/refund",
    middlewares: [validateAndTransformBody(AdminRecordBankRefund)],
  },
]
