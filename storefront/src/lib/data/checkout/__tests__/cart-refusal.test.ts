import { describe, expect, it } from "vitest"
import { cartRefusal } from "../cart-refusal"

const refused = (message: string, status = 400) =>
  Object.assign(new Error(message), { status, statusText: "Bad Request" })

describe("cartRefusal", () => {
  it("names the product the backend no longer sells", () => {
    expect(
      cartRefusal(
        refused(
          "Dâu tây Nam Anh hiện không bán / Dâu tây Nam Anh is not available"
        )
      )
    ).toEqual({ kind: "unavailable", title: "Dâu tây Nam Anh" })
  })

  it("keeps a title that itself contains the separator", () => {
    expect(
      cartRefusal(
        refused("Trà / chè hiện không bán / Trà / chè is not available")
      )
    ).toEqual({ kind: "unavailable", title: "Trà / chè" })
  })

  it("reads a plain error object with the same status and message", () => {
    expect(
      cartRefusal({
        status: 400,
        message: "Hồng hiện không bán / Hồng is not available",
      })
    ).toEqual({ kind: "unavailable", title: "Hồng" })
  })

  it("leaves other refusals to their own handling", () => {
    expect(
      cartRefusal(refused("Some variant does not have the required inventory"))
    ).toBeNull()
    expect(cartRefusal(refused("Cá kho hiện không bán"))).toBeNull()
    expect(cartRefusal(refused("Cá kho is not available"))).toBeNull()
    expect(
      cartRefusal(refused(" hiện không bán /  is not available"))
    ).toBeNull()
  })

  it("needs the same title in both halves", () => {
    expect(
      cartRefusal(refused("Hồng hiện không bán / Persimmon is not available"))
    ).toBeNull()
  })

  it("needs the exact wording, without anything around it", () => {
    expect(
      cartRefusal(refused("Hồng hiện không bán / Hồng is not available."))
    ).toBeNull()
    expect(
      cartRefusal(refused("Error: Hồng hiện không bán / Hồng is not available"))
    ).toBeNull()
  })

  it("only reads a 400", () => {
    expect(
      cartRefusal(refused("Hồng hiện không bán / Hồng is not available", 500))
    ).toBeNull()
    expect(
      cartRefusal("Hồng hiện không bán / Hồng is not available")
    ).toBeNull()
    expect(cartRefusal(null)).toBeNull()
    expect(cartRefusal(undefined)).toBeNull()
  })
})
