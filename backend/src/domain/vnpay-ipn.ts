/**
 * What VNPay's notifications mean for an order. VNPay calls the IPN once the shopper has paid
 * or given up, and retries until it is answered `00` or `02`; the return URL brings the shopper
 * back with the same signed result.
 */

/** VNPay's answer codes for an IPN (`RspCode`), with the message it expects beside each. */
export const IPN_ANSWERS = {
  confirmed: { RspCode: "00", Message: "Confirm Success" },
  orderNotFound: { RspCode: "01", Message: "Order not found" },
  alreadyConfirmed: { RspCode: "02", Message: "Order already confirmed" },
  invalidAmount: { RspCode: "04", Message: "Invalid amount" },
  invalidSignature: { RspCode: "97", Message: "Invalid signature" },
  unknownError: { RspCode: "99", Message: "Unknown error" },
} as const

export type IpnAnswer = (typeof IPN_ANSWERS)[keyof typeof IPN_ANSWERS]

/** `complete_order`: the cart becomes a paid order; `record_failure`: the attempt is marked failed. */
export type IpnAction = "complete_order" | "record_failure" | "none"

export type IpnFacts = {
  signatureValid: boolean
  /** The payment session whose current attempt the reference names; null when none does. */
  attempt: null | {
    /** `vnp_Amount` is the session's amount in đồng × 100. */
    amountMatches: boolean
    /** A result is already recorded for this reference, or its cart is already an order. */
    settled: boolean
  }
  responseCode: string
  transactionStatus: string | undefined
}

/** VNPay took the money only when both codes say so. */
export function isVnpaySuccess(
  responseCode: string,
  transactionStatus: string | undefined
): boolean {
  return responseCode === "00" && transactionStatus === "00"
}

/**
 * How to answer one IPN and what to do, in VNPay's order of checks: signature, order, amount,
 * already confirmed. A failed attempt (`24`: the shopper cancelled) is still confirmed with `00`
 * so that VNPay stops retrying; only a paid attempt completes the cart.
 */
export function ipnVerdict(facts: IpnFacts): {
  answer: IpnAnswer
  action: IpnAction
} {
  if (!facts.signatureValid) {
    return { answer: IPN_ANSWERS.invalidSignature, action: "none" }
  }
  if (!facts.attempt) {
    return { answer: IPN_ANSWERS.orderNotFound, action: "none" }
  }
  if (!facts.attempt.amountMatches) {
    return { answer: IPN_ANSWERS.invalidAmount, action: "none" }
  }
  if (facts.attempt.settled) {
    return { answer: IPN_ANSWERS.alreadyConfirmed, action: "none" }
  }
  return {
    answer: IPN_ANSWERS.confirmed,
    action: isVnpaySuccess(facts.responseCode, facts.transactionStatus)
      ? "complete_order"
      : "record_failure",
  }
}

export type VnpayReturnFacts = {
  /** The codes of the signed return URL the shopper came back with. */
  responseCode: string
  transactionStatus: string | undefined
  /** The result the IPN recorded on the payment session, if it came already. */
  recordedResponseCode: string | null
  /** The order the IPN completed the cart into, once it has. */
  orderId: string | null
}

export type VnpayReturnStatus =
  | { status: "paid"; order_id: string }
  | { status: "pending" }
  | { status: "failed"; response_code: string }

/**
 * What the shopper's return page shows. Paid only once the IPN has turned the cart into an
 * order: the return URL alone never places an order, it only tells the shopper early that the
 * attempt failed.
 */
export function vnpayReturnStatus(facts: VnpayReturnFacts): VnpayReturnStatus {
  if (
    facts.recordedResponseCode !== null &&
    facts.recordedResponseCode !== "00"
  ) {
    return { status: "failed", response_code: facts.recordedResponseCode }
  }
  if (!isVnpaySuccess(facts.responseCode, facts.transactionStatus)) {
    return {
      status: "failed",
      response_code:
        facts.responseCode === "00"
          ? (facts.transactionStatus ?? facts.responseCode)
          : facts.responseCode,
    }
  }
  if (facts.recordedResponseCode === "00" && facts.orderId) {
    return { status: "paid", order_id: facts.orderId }
  }
  return { status: "pending" }
}
