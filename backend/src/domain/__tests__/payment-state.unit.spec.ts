import { marketPaymentStatus } from "../payment-state"

const collection = (
  amount: number,
  captured: number,
  refunded = 0,
  status = "authorized"
) => ({
  status,
  amount,
  captured_amount: captured,
  refunded_amount: refunded,
})

describe("marketPaymentStatus: what a producer ships by", () => {
  it.each([
    [
      "an unpaid VietQR order (authorized, nothing captured)",
      "pending",
      [collection(150000, 0)],
      "awaiting_transfer",
    ],
    [
      "an order without a payment collection",
      "pending",
      [],
      "awaiting_transfer",
    ],
    [
      "an underpaid order",
      "pending",
      [collection(150000, 100000, 0, "partially_captured")],
      "awaiting_transfer",
    ],
    [
      "a captured order",
      "pending",
      [collection(150000, 150000, 0, "completed")],
      "paid",
    ],
    [
      "an order paid in two collections",
      "pending",
      [
        collection(100000, 100000, 0, "completed"),
        collection(50000, 50000, 0, "completed"),
      ],
      "paid",
    ],
    [
      "amounts given as strings (BigNumber values)",
      "completed",
      [
        {
          status: "completed",
          amount: "150000",
          captured_amount: "150000",
          refunded_amount: "0",
        },
      ],
      "paid",
    ],
    [
      "a refunded order",
      "pending",
      [collection(150000, 150000, 150000, "completed")],
      "refunded",
    ],
    [
      "a canceled order, even if paid",
      "canceled",
      [collection(150000, 150000, 0, "completed")],
      "canceled",
    ],
    [
      "a canceled collection beside a captured one",
      "pending",
      [
        collection(150000, 0, 0, "canceled"),
        collection(150000, 150000, 0, "completed"),
      ],
      "paid",
    ],
  ] as const)("%s → %s", (_, orderStatus, collections, expected) => {
    expect(marketPaymentStatus(orderStatus, [...collections])).toEqual(expected)
  })
})
