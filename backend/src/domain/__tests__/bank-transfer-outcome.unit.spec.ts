import { transferOutcome, type TransferFacts } from "../bank-transfer-outcome"

const OWN = "102874563910"
const facts = (overrides: Partial<TransferFacts>): TransferFacts => ({
  transferType: "in",
  amount: 150000,
  accountNumber: OWN,
  subAccount: null,
  ownAccount: OWN,
  awaited: { status: "awaiting", amount: 150000 },
  ...overrides,
})

describe("transferOutcome", () => {
  it.each<[string, Partial<TransferFacts>, string]>([
    ["the exact amount to the market's account", {}, "captured"],
    ["more than the order total", { amount: 200000 }, "overpaid"],
    ["less than the order total", { amount: 100000 }, "underpaid"],
    ["a reference nobody awaits", { awaited: null }, "unknown_reference"],
    [
      "an order already paid",
      { awaited: { status: "paid", amount: 150000 } },
      "already_paid",
    ],
    [
      "a cancelled order",
      { awaited: { status: "cancelled", amount: 150000 } },
      "needs_refund",
    ],
    [
      "an order whose hold expired, paid in full",
      { awaited: { status: "expired", amount: 150000 }, amount: 170000 },
      "revived",
    ],
    [
      "an order whose hold expired, paid short",
      { awaited: { status: "expired", amount: 150000 }, amount: 100000 },
      "underpaid",
    ],
    ["another account", { accountNumber: "999999999" }, "wrong_account"],
    ["no account reported", { accountNumber: null }, "wrong_account"],
    [
      "SePay's virtual account of the market",
      { accountNumber: "0001112223", subAccount: OWN },
      "captured",
    ],
    ["money going out", { transferType: "out" }, "outgoing"],
    [
      "money going out of another account",
      { transferType: "out", accountNumber: "1" },
      "outgoing",
    ],
  ])("%s → %s", (_, overrides, expected) => {
    expect(transferOutcome(facts(overrides))).toEqual(expected)
  })
})
