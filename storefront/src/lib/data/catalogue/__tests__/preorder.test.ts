import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { reshapeProduct, type RawProduct } from "../reshape"

// The product page reads today's date in Việt Nam: 7 December 2026, 10:00 there.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] })
  vi.setSystemTime(new Date("2026-12-07T03:00:00Z"))
})
afterEach(() => {
  vi.useRealTimers()
})

const squash = (fields: Partial<RawProduct> = {}): RawProduct => ({
  id: "prod_squash",
  handle: "bi-mi-soi",
  title: "Bí mì sợi",
  variants: [
    {
      id: "v_1kg",
      title: "1 kg",
      variant_rank: 0,
      manage_inventory: true,
      inventory_quantity: 0,
      calculated_price: { calculated_amount: 45000, original_amount: 45000 },
    },
    {
      id: "v_box",
      title: "Thùng 5 kg",
      variant_rank: 1,
      manage_inventory: true,
      inventory_quantity: 4,
      calculated_price: { calculated_amount: 200000, original_amount: 200000 },
    },
  ],
  harvest_preorder: {
    harvest_on: "2027-05-10",
    ships_on: "2027-05-12",
    quantity: 20,
    ordered: 3,
  },
  ...fields,
})

describe("reshapeProduct: the next harvest on pre-order", () => {
  it("gives the ship day and what is left, open while the harvest is ahead", () => {
    expect(reshapeProduct(squash()).preorder).toEqual({
      shipsOn: "2027-05-12",
      remaining: 17,
      open: true,
    })
  })

  it("sells only the out-of-stock variant as a pre-order", () => {
    const [kilo, box] = reshapeProduct(squash()).variants
    expect(kilo).toMatchObject({ inStock: false, onPreorder: true })
    expect(box).toMatchObject({ inStock: true, onPreorder: false })
  })

  it("reads a sold-out variant the backend lets take backorders for the harvest as a pre-order, and as out of stock once closed", () => {
    // As the Store API sends it while the harvest is announced.
    const soldOut = {
      id: "v_1kg",
      title: "1 kg",
      manage_inventory: true,
      allow_backorder: true,
      inventory_quantity: 0,
    }
    const backordered = (ordered: number) =>
      reshapeProduct(
        squash({
          variants: [soldOut],
          harvest_preorder: {
            harvest_on: "2027-05-10",
            ships_on: "2027-05-12",
            quantity: 20,
            ordered,
          },
        })
      ).variants[0]
    expect(backordered(3)).toMatchObject({ inStock: false, onPreorder: true })
    expect(backordered(20)).toMatchObject({ inStock: false, onPreorder: false })
  })

  it("closes once every unit is taken: out of stock reads as before", () => {
    const product = reshapeProduct(
      squash({
        harvest_preorder: {
          harvest_on: "2027-05-10",
          ships_on: "2027-05-12",
          quantity: 20,
          ordered: 20,
        },
      })
    )
    expect(product.preorder).toEqual({
      shipsOn: "2027-05-12",
      remaining: 0,
      open: false,
    })
    expect(product.variants[0].onPreorder).toBe(false)
  })

  it("closes on the harvest day, Việt Nam's calendar deciding", () => {
    // 17:30 UTC on 9 May is already 10 May in Việt Nam.
    vi.setSystemTime(new Date("2027-05-09T17:30:00Z"))
    expect(reshapeProduct(squash()).preorder?.open).toBe(false)
    vi.setSystemTime(new Date("2027-05-09T16:30:00Z"))
    expect(reshapeProduct(squash()).preorder?.open).toBe(true)
  })

  it("has no pre-order without a harvest or with a payload missing its days", () => {
    expect(reshapeProduct(squash({ harvest_preorder: null })).preorder).toBe(
      null
    )
    expect(
      reshapeProduct(squash({ harvest_preorder: { quantity: 20, ordered: 0 } }))
        .preorder
    ).toBeNull()
    const { variants } = reshapeProduct(squash({ harvest_preorder: undefined }))
    expect(variants.map((variant) => variant.onPreorder)).toEqual([
      false,
      false,
    ])
  })
})
