import {
  ORDER_PROOF_TTL_SECONDS,
  signOrderProof,
  verifyOrderProof,
} from "../order-proof"

const SECRET = "a-secret-of-the-market-0123456789"
const NOW = Date.parse("2026-12-06T10:00:00Z")

describe("order proofs", () => {
  const proof = signOrderProof("order_1", SECRET, NOW)

  it("opens its own order until it expires", () => {
    expect(verifyOrderProof("order_1", proof, SECRET, NOW)).toBe(true)
    const lastSecond = NOW + (ORDER_PROOF_TTL_SECONDS - 1) * 1000
    expect(verifyOrderProof("order_1", proof, SECRET, lastSecond)).toBe(true)
    const expired = NOW + ORDER_PROOF_TTL_SECONDS * 1000
    expect(verifyOrderProof("order_1", proof, SECRET, expired)).toBe(false)
  })

  it.each([
    ["another order", "order_2", proof, SECRET],
    ["another secret", "order_1", proof, "another-secret-0123456789"],
    [
      "a later expiry written over it",
      "order_1",
      proof.replace(/^\d+/, "9999999999"),
      SECRET,
    ],
    ["no proof", "order_1", undefined, SECRET],
    ["garbage", "order_1", "abc.def", SECRET],
  ])("refuses %s", (_, orderId, given, secret) => {
    expect(verifyOrderProof(orderId, given, secret, NOW)).toBe(false)
  })
})
