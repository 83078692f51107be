import { describe, expect, it } from "vitest"
import { isInStock } from "../_product-documents"

const tracked = (stocked: number, reserved = 0) => ({
  manage_inventory: true,
  inventory_items: [
    {
      required_quantity: 1,
      inventory: {
        location_levels: [
          { stocked_quantity: stocked, reserved_quantity: reserved },
        ],
      },
    },
  ],
})

describe("whether a search document says a product can be bought", () => {
  it.each([
    ["one unit available", [tracked(3, 2)], false, true],
    ["all reserved", [tracked(3, 3)], false, false],
    ["sold out, taking pre-orders", [tracked(0, 4)], true, true],
    ["sold out, its announcement closed", [tracked(0, 4)], false, false],
    ["untracked", [{ manage_inventory: false }], false, true],
    ["no variants", [], false, false],
  ])("%s → %s", (_name, variants, takesPreorders, expected) => {
    expect(isInStock(variants, takesPreorders)).toBe(expected)
  })
})
