import { describe, expect, it } from "vitest"
import { reshapeCart } from "../reshape"

describe("reshapeCart", () => {
  it("counts items and falls back to summing line totals", () => {
    const cart = reshapeCart({
      id: "cart_1",
      items: [
        {
          id: "li_1",
          product_title: "Dâu tây",
          quantity: 2,
          unit_price: 120000,
        },
        {
          id: "li_2",
          title: "Hồng",
          quantity: 1,
          unit_price: 85000,
          total: 85000,
        },
      ],
    })
    expect(cart.itemCount).toBe(3)
    expect(cart.lines[0].total).toBe(240000)
    expect(cart.lines[1].productTitle).toBe("Hồng")
    expect(cart.subtotal).toBe(325000)
    expect(cart.total).toBe(325000)
  })
})
