import { describe, expect, it } from "vitest"
import { appliedOutcome, refusedOutcome } from "../promo-outcome"

// The SDK's FetchError: the body's message, its status text and status.
const refused = (message: string, status: number, statusText = "Bad Request") =>
  Object.assign(new Error(message), { status, statusText })

describe("appliedOutcome: what the backend did with a code it knows", () => {
  it("is applied when not_applied does not name the code", () => {
    expect(appliedOutcome("NAMANH10", [])).toEqual({
      status: "applied",
      code: "NAMANH10",
    })
    expect(appliedOutcome("NAMANH10", undefined)).toEqual({
      status: "applied",
      code: "NAMANH10",
    })
    expect(
      appliedOutcome("NAMANH10", [
        { code: "TETXUAN", reason: "conditions_not_met" },
      ])
    ).toEqual({ status: "applied", code: "NAMANH10" })
  })

  it("names the producer a code belongs to when the cart holds none of its products", () => {
    expect(
      appliedOutcome("NAMANH10", [
        {
          code: "NAMANH10",
          reason: "other_producer",
          producer_name: "NamAnh farm",
        },
      ])
    ).toEqual({
      status: "notApplied",
      code: "NAMANH10",
      reason: "otherProducer",
      producerName: "NamAnh farm",
    })
  })

  it("says the cart holds nothing the code lowers when the producer is not named", () => {
    expect(
      appliedOutcome("NAMANH10", [
        { code: "NAMANH10", reason: "other_producer", producer_name: " " },
      ])
    ).toEqual({
      status: "notApplied",
      code: "NAMANH10",
      reason: "noMatchingProducts",
    })
  })

  it.each([
    ["no_matching_products", "noMatchingProducts"],
    ["conditions_not_met", "conditionsNotMet"],
    ["a reason this storefront does not know yet", "other"],
  ])("tells the backend's %s apart as %s", (reason, shown) => {
    expect(
      appliedOutcome("HONG5", [{ code: "HONG5", reason, producer_name: null }])
    ).toEqual({ status: "notApplied", code: "HONG5", reason: shown })
  })
})

describe("refusedOutcome: why the backend refused a code", () => {
  it("says a code no promotion has does not exist (Medusa's own refusal)", () => {
    expect(
      refusedOutcome(
        refused("The promotion code KHONGCO is invalid", 400),
        "KHONGCO",
        "vi"
      )
    ).toEqual({ status: "error", code: "KHONGCO", reason: "unknown" })
  })

  it("shows an expired code's sentence in the form's language", () => {
    const expired = refused(
      "Mã khuyến mãi TET2026 đã hết hạn / The promotion code TET2026 has expired",
      400
    )
    expect(refusedOutcome(expired, "TET2026", "vi")).toEqual({
      status: "error",
      code: "TET2026",
      reason: "expired",
      message: "Mã khuyến mãi TET2026 đã hết hạn",
    })
    expect(refusedOutcome(expired, "TET2026", "en")).toMatchObject({
      reason: "expired",
      message: "The promotion code TET2026 has expired",
    })
  })

  it("carries the backend's sentence after too many refused codes", () => {
    expect(
      refusedOutcome(
        refused(
          "Bạn đã thử quá nhiều mã. Vui lòng thử lại sau 15 phút.",
          429,
          "Too Many Requests"
        ),
        "THUMA",
        "vi"
      )
    ).toEqual({
      status: "error",
      code: "THUMA",
      reason: "tooMany",
      message: "Bạn đã thử quá nhiều mã. Vui lòng thử lại sau 15 phút.",
    })
  })

  it.each([
    [
      "another code's message",
      refused("The promotion code OTHER is invalid", 400),
    ],
    [
      "a validation message",
      refused("Invalid request: promo_codes: Required", 400),
    ],
    [
      "a two-language message about something else",
      refused("Giỏ hàng đã đóng / The cart is closed", 400),
    ],
    [
      "an outage",
      refused("Internal Server Error", 500, "Internal Server Error"),
    ],
    ["a network failure", new TypeError("fetch failed")],
  ])("is a plain failure for %s", (_case, error) => {
    expect(refusedOutcome(error, "NAMANH10", "vi")).toEqual({
      status: "error",
      code: "NAMANH10",
      reason: "failed",
    })
  })
})
