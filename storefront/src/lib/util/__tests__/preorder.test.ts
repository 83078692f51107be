import { describe, expect, it } from "vitest"
import { onPreorder, preorderRemaining, type PreorderTerms } from "../preorder"

const terms = (fields: Partial<PreorderTerms> = {}): PreorderTerms => ({
  harvestOn: "2027-05-10",
  quantity: 20,
  ordered: 3,
  ...fields,
})

describe("onPreorder: the product takes pre-orders", () => {
  it.each([
    ["units left, harvest ahead", terms(), "2026-12-07", true],
    ["the day before the harvest", terms(), "2027-05-09", true],
    ["on the harvest day", terms(), "2027-05-10", false],
    ["after the harvest", terms(), "2027-06-01", false],
    ["the last unit left", terms({ ordered: 19 }), "2026-12-07", true],
    ["every unit taken", terms({ ordered: 20 }), "2026-12-07", false],
    ["more taken than offered", terms({ ordered: 25 }), "2026-12-07", false],
    ["no harvest announced", null, "2026-12-07", false],
  ])("%s → %s", (_case, preorder, today, expected) => {
    expect(onPreorder(preorder, today)).toBe(expected)
  })
})

describe("onPreorder: a variant is sold as a pre-order instead of out of stock", () => {
  it.each([
    ["out of stock, pre-orders open", false, terms(), true],
    ["in stock: bought from stock", true, terms(), false],
    ["out of stock, every unit taken", false, terms({ ordered: 20 }), false],
    ["out of stock, no harvest announced", false, null, false],
  ])("%s → %s", (_case, inStock, preorder, expected) => {
    expect(onPreorder(preorder, "2026-12-07", { inStock })).toBe(expected)
  })

  it("closes for a variant too once the harvest day comes", () => {
    expect(onPreorder(terms(), "2027-05-10", { inStock: false })).toBe(false)
  })
})

describe("preorderRemaining", () => {
  it("counts what is left and never goes below zero", () => {
    expect(preorderRemaining(terms())).toBe(17)
    expect(preorderRemaining(terms({ ordered: 25 }))).toBe(0)
  })
})
