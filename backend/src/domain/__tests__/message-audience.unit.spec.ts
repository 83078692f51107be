import { MESSAGE_KINDS } from "../../notifications/kinds"
import {
  MESSAGE_AUDIENCES,
  receivesMessage,
  settingKindsFor,
  shopperMessagesAhead,
  stockAlertAction,
} from "../message-audience"

describe("who hears what", () => {
  it("gives every kind of message one audience", () => {
    expect(Object.keys(MESSAGE_AUDIENCES).sort()).toEqual(
      [...MESSAGE_KINDS].sort()
    )
  })

  it("lets members and officers turn off only their optional kinds", () => {
    expect(settingKindsFor("member")).toEqual([
      "producer-new-order",
      "producer-low-stock",
    ])
    expect(settingKindsFor("officer")).toEqual([
      "officer-producer-submitted",
      "officer-transfer-attention",
    ])
  })

  it.each([
    ["producer-new-order", false, true],
    ["producer-new-order", true, false],
    ["officer-transfer-attention", true, false],
    // A member who asked for a password reset gets the link whatever they turned off.
    ["producer-password-reset", true, true],
    ["order-placed", true, true],
  ] as const)("%s, turned off: %s → sent: %s", (kind, muted, sent) => {
    expect(receivesMessage(kind, muted)).toBe(sent)
  })
})

describe("low-stock alerts", () => {
  it.each([
    // available, threshold, already alerted, action
    [10, 5, false, "none"],
    [5, 5, false, "alert"],
    [0, 5, false, "alert"],
    [3, 5, true, "none"],
    [6, 5, true, "clear"],
    [6, 5, false, "none"],
    [0, 0, false, "alert"],
  ] as const)(
    "%i in stock, threshold %i, alerted %s → %s",
    (available, threshold, alerted, action) => {
      expect(stockAlertAction(available, threshold, alerted)).toBe(action)
    }
  )
})

describe("messages a shopper may still receive", () => {
  it.each([
    [
      "awaiting_transfer",
      [
        "payment-received",
        "payment-expired",
        "order-shipped",
        "order-cancelled",
      ],
    ],
    ["paid", ["order-shipped", "order-cancelled", "payment-refunded"]],
    ["canceled", ["payment-refunded"]],
    ["refunded", []],
  ] as const)("%s → %j", (payment, kinds) => {
    expect(shopperMessagesAhead(payment)).toEqual(kinds)
  })
})
