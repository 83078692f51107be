import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readMarketEnv } from "../../../../config/env"
import { vnpayReturnStatus } from "../../../../domain/vnpay-ipn"
import { signOrderProof } from "../../../../utils/order-proof"
import { verifyVnpayParams } from "../../../../utils/vnpay"
import { loadVnpayAttempt } from "../../../../workflows/vnpay/vnpay-attempt"
import { VnpayCallbackQuery } from "../../../utils/vnpay-query"

/**
 * GET /store/vnpay/return?vnp_… — what the shopper's return page shows after VNPay sends them
 * back. Changes nothing: the IPN alone places the order. A return URL VNPay signed proves its
 * holder made this payment, so once the order exists it comes with an order proof, as
 * `POST /store/carts/:id/order-proof` gives the buyer who completed the cart.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  // Parsed here: a bad signature and a malformed query get the same sentence the page shows.
  const parsed = VnpayCallbackQuery.safeParse(req.query)
  const env = readMarketEnv()
  const signed =
    parsed.success &&
    !!env.VNPAY_HASH_SECRET &&
    parsed.data.vnp_TmnCode === env.VNPAY_TMN_CODE &&
    verifyVnpayParams(parsed.data, env.VNPAY_HASH_SECRET)
  if (!parsed.success || !signed) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Đường dẫn trả về từ VNPay không hợp lệ (sai chữ ký); hãy xem đơn hàng trong email xác nhận hoặc thanh toán lại / The link back from VNPay is invalid (wrong signature); check the confirmation email or pay again"
    )
  }
  const attempt = await loadVnpayAttempt(req.scope, parsed.data.vnp_TxnRef)
  if (!attempt) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Không tìm thấy lần thanh toán VNPay này; có thể bạn đã bắt đầu một lần thanh toán mới / This VNPay payment attempt is unknown; you may have started a newer one"
    )
  }
  const status = vnpayReturnStatus({
    responseCode: parsed.data.vnp_ResponseCode,
    transactionStatus: parsed.data.vnp_TransactionStatus,
    recordedResponseCode: attempt.session.data.vnp_response_code,
    orderId: attempt.order_id,
  })
  if (status.status !== "paid") {
    res.json(status)
    return
  }
  res.json({
    ...status,
    order_proof: signOrderProof(status.order_id, env.JWT_SECRET),
  })
}
