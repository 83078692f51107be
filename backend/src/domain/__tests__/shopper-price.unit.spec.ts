import { lowestShopperPrice, shopperPriceOf } from "../shopper-price"

describe("shopperPriceOf: the price a shopper pays", () => {
  it.each([
    {
      case: "plain price",
      calculated: { calculated_amount: 120000, original_amount: 120000 },
      paid: { amount: 120000, original_amount: 120000 },
    },
    {
      case: "sale from a price list",
      calculated: { calculated_amount: 99000, original_amount: 120000 },
      paid: { amount: 99000, original_amount: 120000 },
    },
    {
      case: "amounts as strings (big numbers)",
      calculated: { calculated_amount: "165000", original_amount: "165000" },
      paid: { amount: 165000, original_amount: 165000 },
    },
    {
      case: "no original amount",
      calculated: { calculated_amount: 50000, original_amount: null },
      paid: { amount: 50000, original_amount: 50000 },
    },
    { case: "no VND price", calculated: null, paid: null },
    {
      case: "no calculated amount",
      calculated: { calculated_amount: null, original_amount: 1 },
      paid: null,
    },
  ])("$case", ({ calculated, paid }) => {
    expect(shopperPriceOf(calculated)).toEqual(paid)
  })
})

describe("lowestShopperPrice", () => {
  it("takes the cheapest variant a shopper can pay for", () => {
    expect(
      lowestShopperPrice([
        { amount: 165000, original_amount: 165000 },
        null,
        { amount: 99000, original_amount: 120000 },
      ])
    ).toBe(99000)
  })

  it("is null when no variant has a price", () => {
    expect(lowestShopperPrice([null, undefined])).toBeNull()
  })
})
