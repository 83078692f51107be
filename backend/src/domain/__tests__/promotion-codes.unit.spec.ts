import { describe, expect, it } from "vitest"
import {
  notAppliedReason,
  producerHandleOfTag,
  producerTagValue,
  promotionCodeRefusal,
  wholeDongDiscount,
} from "../promotion-codes"

const NOW = new Date("2026-12-07T05:00:00Z")
const campaign = (starts_at: string | null, ends_at: string | null) => ({
  starts_at,
  ends_at,
})

describe("promotion codes a shopper may add", () => {
  it.each([
    ["active, no campaign", "active", null, null],
    [
      "active, inside its campaign",
      "active",
      campaign("2026-12-01T00:00:00Z", "2026-12-31T00:00:00Z"),
      null,
    ],
    ["active, open-ended campaign", "active", campaign(null, null), null],
    [
      "campaign ended a second ago",
      "active",
      campaign(null, "2026-12-07T04:59:59Z"),
      "đã hết hạn",
    ],
    [
      "campaign ends right now",
      "active",
      campaign(null, "2026-12-07T05:00:00Z"),
      "đã hết hạn",
    ],
    [
      "campaign starts tomorrow",
      "active",
      campaign("2026-12-08T00:00:00Z", null),
      "chưa đến ngày dùng",
    ],
    ["a draft", "draft", null, "hiện không dùng được"],
    ["switched off", "inactive", null, "hiện không dùng được"],
  ])("%s → %s", (_name, status, window, refusal) => {
    const answer = promotionCodeRefusal(
      { code: "TET2026", status, campaign: window },
      NOW
    )
    if (refusal === null) {
      expect(answer).toBeNull()
    } else {
      expect(answer).toContain(refusal)
      expect(answer).toContain("TET2026")
    }
  })
})

describe("why a live code lowered nothing", () => {
  it.each([
    [
      "a producer's code, none of its products in the cart",
      {
        targetProducerNames: ["NamAnh farm"],
        hasProductRules: true,
        anyLineMatches: false,
      },
      { reason: "other_producer", producer_name: "NamAnh farm" },
    ],
    [
      "a code for other products",
      { targetProducerNames: [], hasProductRules: true, anyLineMatches: false },
      { reason: "no_matching_products" },
    ],
    [
      "matching products, but the cart's own conditions fail",
      {
        targetProducerNames: ["NamAnh farm"],
        hasProductRules: true,
        anyLineMatches: true,
      },
      { reason: "conditions_not_met" },
    ],
    [
      "a code for any product whose conditions fail",
      {
        targetProducerNames: [],
        hasProductRules: false,
        anyLineMatches: false,
      },
      { reason: "conditions_not_met" },
    ],
  ])("%s", (_name, facts, reason) => {
    expect(notAppliedReason(facts)).toEqual(reason)
  })
})

describe("discounts in whole đồng, in the shopper's favour", () => {
  it.each([
    [12000, 12000],
    [4999.95, 5000],
    [12972.97, 12973],
    [7027.03, 7028],
    [0.01, 1],
    [12000.0000000001, 12000],
    [0, 0],
  ])("%d ₫ → %d ₫", (amount, whole) => {
    expect(wholeDongDiscount(amount)).toBe(whole)
  })
})

describe("producer tags", () => {
  it("names a producer's tag after its handle, and reads it back", () => {
    expect(producerTagValue("namanh-farm")).toBe("nsx:namanh-farm")
    expect(producerHandleOfTag("nsx:namanh-farm")).toBe("namanh-farm")
    expect(producerHandleOfTag("qua-tang")).toBeNull()
  })
})
