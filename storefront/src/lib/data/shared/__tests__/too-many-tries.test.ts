import { describe, expect, it } from "vitest"
import { tooManyTries } from "../too-many-tries"

// The SDK's FetchError: the body's message, else the status text, then the status.
const refused = (message: string, statusText: string, status: number) =>
  Object.assign(new Error(message), { statusText, status })

describe("tooManyTries", () => {
  it("carries the backend's sentence, already in the form's language", () => {
    const error = refused(
      "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 15 phút.",
      "Too Many Requests",
      429
    )
    expect(tooManyTries(error)).toEqual({
      reason: "tooMany",
      message: "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 15 phút.",
    })
  })

  it("leaves the wording to the form when the 429 came without a sentence", () => {
    // The SDK uses the status text when the body has no message (a proxy's 429 page).
    const bare = refused("Too Many Requests", "Too Many Requests", 429)
    expect(tooManyTries(bare)).toEqual({ reason: "tooMany" })
    const blank = refused("  ", "Too Many Requests", 429)
    expect(tooManyTries(blank)).toEqual({ reason: "tooMany" })
  })

  it("is null for every other refusal", () => {
    expect(
      tooManyTries(refused("Unauthorized", "Unauthorized", 401))
    ).toBeNull()
    expect(tooManyTries(refused("Not found", "Not Found", 404))).toBeNull()
    expect(tooManyTries(new Error("fetch failed"))).toBeNull()
    expect(tooManyTries(null)).toBeNull()
  })
})
