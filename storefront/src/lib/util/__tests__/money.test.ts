import { describe, expect, it } from "vitest"
import { formatVnd, formatVndOrNull } from "../money"

const NBSP = "\u00a0"

describe("formatVnd", () => {
  it("formats whole đồng with dot grouping and a no-break space before ₫", () => {
    expect(formatVnd(120000)).toBe(`120.000${NBSP}₫`)
    expect(formatVnd(85000)).toBe(`85.000${NBSP}₫`)
  })

  it("does not treat amounts as minor units", () => {
    expect(formatVnd(1500000)).toBe(`1.500.000${NBSP}₫`)
  })

  it("rounds stray fractions instead of showing decimals", () => {
    expect(formatVnd(99999.6)).toBe(`100.000${NBSP}₫`)
  })

  it("returns null when there is no price", () => {
    expect(formatVndOrNull(null)).toBeNull()
    expect(formatVndOrNull(undefined)).toBeNull()
    expect(formatVndOrNull(0)).toBe(`0${NBSP}₫`)
  })
})
