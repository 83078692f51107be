import {
  IPN_ANSWERS,
  type IpnFacts,
  ipnVerdict,
  vnpayReturnStatus,
} from "../vnpay-ipn"

const open = { amountMatches: true, settled: false }
const paid: IpnFacts = {
  signatureValid: true,
  attempt: open,
  responseCode: "00",
  transactionStatus: "00",
}

describe("ipnVerdict: VNPay's order of checks, and what a notification does", () => {
  it.each<[string, IpnFacts, keyof typeof IPN_ANSWERS, string]>([
    ["a paid attempt", paid, "confirmed", "complete_order"],
    [
      "a wrong signature, before anything else",
      { ...paid, signatureValid: false, attempt: null },
      "invalidSignature",
      "none",
    ],
    [
      "an unknown reference",
      { ...paid, attempt: null },
      "orderNotFound",
      "none",
    ],
    [
      "another amount",
      { ...paid, attempt: { amountMatches: false, settled: false } },
      "invalidAmount",
      "none",
    ],
    [
      "another amount on a settled attempt (amount is checked first)",
      { ...paid, attempt: { amountMatches: false, settled: true } },
      "invalidAmount",
      "none",
    ],
    [
      "a redelivery after the result was applied",
      { ...paid, attempt: { amountMatches: true, settled: true } },
      "alreadyConfirmed",
      "none",
    ],
    [
      "the shopper cancelled (24)",
      { ...paid, responseCode: "24", transactionStatus: "02" },
      "confirmed",
      "record_failure",
    ],
    [
      "a success code with a failed transaction status",
      { ...paid, transactionStatus: "02" },
      "confirmed",
      "record_failure",
    ],
    [
      "a success code without a transaction status",
      { ...paid, transactionStatus: undefined },
      "confirmed",
      "record_failure",
    ],
  ])("%s", (_, facts, answer, action) => {
    expect(ipnVerdict(facts)).toEqual({ answer: IPN_ANSWERS[answer], action })
  })
})

describe("vnpayReturnStatus: what the return page shows", () => {
  const back = {
    responseCode: "00",
    transactionStatus: "00",
    recordedResponseCode: null,
    orderId: null,
  }

  it.each([
    [
      "paid and the IPN has placed the order",
      { ...back, recordedResponseCode: "00", orderId: "order_1" },
      { status: "paid", order_id: "order_1" },
    ],
    ["paid, before the IPN came", back, { status: "pending" }],
    [
      "paid and recorded, order still being placed",
      { ...back, recordedResponseCode: "00" },
      { status: "pending" },
    ],
    [
      "cancelled by the shopper",
      { ...back, responseCode: "24", transactionStatus: "02" },
      { status: "failed", response_code: "24" },
    ],
    [
      "failed as the IPN recorded it",
      { ...back, responseCode: "24", recordedResponseCode: "24" },
      { status: "failed", response_code: "24" },
    ],
    [
      "a success code with a failed transaction",
      { ...back, transactionStatus: "02" },
      { status: "failed", response_code: "02" },
    ],
  ])("%s", (_, facts, expected) => {
    expect(vnpayReturnStatus(facts)).toEqual(expected)
  })
})
