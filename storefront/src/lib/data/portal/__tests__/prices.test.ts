import { describe, expect, it } from "vitest"
import { cheapestPrices, shopperPriceApart } from "../prices"

describe("shopperPriceApart", () => {
  it("gives what shoppers pay while a sale makes it differ from the base", () => {
    expect(shopperPriceApart({ price: 120000, shopper_price: 99000 })).toBe(
      99000
    )
  })

  it("gives nothing when shoppers pay the base price", () => {
    expect(
      shopperPriceApart({ price: 120000, shopper_price: 120000 })
    ).toBeNull()
  })

  it("gives nothing when the backend has no shopper price", () => {
    expect(shopperPriceApart({ price: 120000, shopper_price: null })).toBeNull()
    expect(shopperPriceApart({ price: null, shopper_price: null })).toBeNull()
  })

  it("treats a missing field as no shopper price", () => {
    const fromOlderBackend = { price: 120000 } as {
      price: number
      shopper_price: number | null
    }
    expect(shopperPriceApart(fromOlderBackend)).toBeNull()
  })
})

describe("cheapestPrices", () => {
  it("gives the lowest base price and nothing more when no sale runs", () => {
    expect(
      cheapestPrices([
        { price: 220000, shopper_price: 220000 },
        { price: 120000, shopper_price: 120000 },
      ])
    ).toEqual({ price: 120000, shopperPrice: null })
  })

  it("gives the lowest price shoppers pay when a sale lowers it", () => {
    expect(
      cheapestPrices([
        { price: 120000, shopper_price: 120000 },
        { price: 220000, shopper_price: 99000 },
      ])
    ).toEqual({ price: 120000, shopperPrice: 99000 })
  })

  it("gives nothing more when the lowest figures agree", () => {
    expect(
      cheapestPrices([
        { price: 120000, shopper_price: 120000 },
        { price: 220000, shopper_price: 150000 },
      ])
    ).toEqual({ price: 120000, shopperPrice: null })
  })

  it("skips variants without a price", () => {
    expect(
      cheapestPrices([
        { price: null, shopper_price: null },
        { price: 85000, shopper_price: 80000 },
      ])
    ).toEqual({ price: 85000, shopperPrice: 80000 })
    expect(cheapestPrices([])).toEqual({ price: null, shopperPrice: null })
  })
})
