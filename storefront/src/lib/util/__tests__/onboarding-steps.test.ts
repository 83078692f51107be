import { describe, expect, it } from "vitest"
import type { OnboardingProducer } from "@/lib/data/onboarding/types"
import {
  firstIncompleteStep,
  missingRecommended,
  missingRequired,
} from "../onboarding-steps"

const draft = (
  changes: Partial<OnboardingProducer> = {}
): OnboardingProducer => ({
  id: "prdcr_1",
  name: "HTX Rau Xuân Thọ",
  kind: "cooperative",
  phone: "+84912345678",
  village: null,
  ward: null,
  province: null,
  story_vi: null,
  story_en: null,
  photos: [],
  status: "draft",
  consent: {
    given_by: "Nguyễn Văn A",
    method: "signed_form",
    given_at: "2026-11-28",
  },
  products: [],
  ...changes,
})

const product = (
  price: number | null,
  extras: { certificate?: boolean } = {}
) => ({
  id: "prod_1",
  title: "Dâu tây",
  status: "published",
  variants: [
    {
      id: "variant_1",
      title: "Hộp 500 g",
      price,
      shopper_price: price,
      stock: 10,
    },
  ],
  ocop_certificate: extras.certificate
    ? {
        stars: 4,
        displayed_stars: 4,
        decision_number: "123/QĐ-UBND",
        issuing_level: "province",
        issued_at: "2025-01-01",
        image_url: null,
      }
    : null,
  season: null,
  marketplace_listings: [],
})

const placed = {
  province: "Tỉnh Lâm Đồng",
  ward: "Phường Xuân Trường - Đà Lạt",
}

describe("firstIncompleteStep", () => {
  it("reopens a producer without consent at the first step", () => {
    expect(firstIncompleteStep(draft({ consent: null }))).toBe("basics")
  })

  it("asks for the place before anything else once the basics are saved", () => {
    expect(firstIncompleteStep(draft())).toBe("place")
  })

  it("offers the story until something later is saved, then products until one has a price", () => {
    expect(firstIncompleteStep(draft(placed))).toBe("story")
    expect(
      firstIncompleteStep(draft({ ...placed, story_vi: "Vườn dâu" }))
    ).toBe("products")
    expect(
      firstIncompleteStep(draft({ ...placed, products: [product(null)] }))
    ).toBe("products")
  })

  it("goes to certificates, then the checklist once a certificate is saved", () => {
    expect(
      firstIncompleteStep(draft({ ...placed, products: [product(120000)] }))
    ).toBe("certificates")
    expect(
      firstIncompleteStep(
        draft({ ...placed, products: [product(120000, { certificate: true })] })
      )
    ).toBe("submit")
  })

  it("sends a submitted or verified producer to the invite step", () => {
    expect(firstIncompleteStep(draft({ status: "submitted" }))).toBe("invite")
    expect(firstIncompleteStep(draft({ status: "verified" }))).toBe("invite")
  })
})

describe("checklist", () => {
  it("requires a place and a priced product, and only recommends the rest", () => {
    expect(missingRequired(draft())).toEqual(["province", "ward", "product"])
    expect(
      missingRequired(draft({ ...placed, products: [product(120000)] }))
    ).toEqual([])
    expect(
      missingRecommended(draft({ ...placed, products: [product(120000)] }))
    ).toEqual(["story", "photos", "certificates", "links"])
  })
})
