import { describe, expect, it } from "vitest"
import { quantityRefusal } from "../cart-refusal"

const refused = (message: string, status = 400) =>
  Object.assign(new Error(message), { status, statusText: "Bad Request" })

describe("quantityRefusal", () => {
  const preorder = refused(
    "quantity: Chỉ còn 17 suất đặt trước / Only 17 left to pre-order"
  )

  it("gives the backend's sentence in the shopper's language", () => {
    expect(quantityRefusal(preorder, "vi")).toBe("Chỉ còn 17 suất đặt trước")
    expect(quantityRefusal(preorder, "en")).toBe("Only 17 left to pre-order")
  })

  it("reads the stock refusal the same way", () => {
    expect(
      quantityRefusal(
        refused("quantity: Chỉ còn 3 trong kho / Only 3 left in stock"),
        "vi"
      )
    ).toBe("Chỉ còn 3 trong kho")
  })

  it("finds the quantity among other field problems", () => {
    expect(
      quantityRefusal(
        refused(
          "variant_id: Không có / Unknown; quantity: Chỉ còn 2 suất đặt trước / Only 2 left to pre-order"
        ),
        "en"
      )
    ).toBe("Only 2 left to pre-order")
  })

  it("leaves other refusals to their own handling", () => {
    expect(
      quantityRefusal(
        refused("Dâu tây hiện không bán / Dâu tây is not available"),
        "vi"
      )
    ).toBeNull()
    expect(quantityRefusal(refused("quantity: x / y", 500), "vi")).toBeNull()
    expect(quantityRefusal(new Error("offline"), "vi")).toBeNull()
    expect(quantityRefusal(null, "vi")).toBeNull()
  })
})
