import { describe, expect, it } from "vitest"
import { formatVnd } from "../money"
import { parseVndInput } from "../vnd-input"

describe("parseVndInput", () => {
  it.each([
    ["120000", 120000],
    ["120.000", 120000],
    ["120 000", 120000],
    ["120,000 ₫", 120000],
    ["1.250.000đ", 1250000],
  ])("reads %s as %d đồng", (input, amount) => {
    expect(parseVndInput(input)).toBe(amount)
  })

  it.each(["", "abc", "12,5k", "-5000", "1e6"])("refuses %s", (input) => {
    expect(parseVndInput(input)).toBeNull()
  })

  it("shows what was typed as the shopper will see it", () => {
    // Intl puts a no-break space before the sign.
    expect(formatVnd(parseVndInput("120000")!)).toBe("120.000\u00a0₫")
  })
})
