import { describe, expect, it } from "vitest"
import { toOnboardingProducer } from "../reshape"

const rawProducer = (product: Record<string, unknown>) => ({
  id: "prod_coop",
  name: "HTX Nậm Nhùn",
  kind: "cooperative",
  phone: "0912345678",
  status: "draft",
  products: [product],
})

const rawProduct = {
  id: "prod_01",
  title: "Chè shan tuyết",
  status: "published",
  variants: [
    {
      id: "v_1",
      title: "200 g",
      price: 120000,
      shopper_price: 99000,
      stock: 4,
    },
  ],
  ocop_certificate: {
    stars: 4,
    displayed_stars: null,
    decision_number: "123/QĐ-UBND",
    issuing_level: "province",
    issued_at: "2021-06-30T00:00:00.000Z",
    image_url: null,
  },
  marketplace_listings: [],
}

describe("toOnboardingProducer", () => {
  it("keeps the base price apart from what shoppers pay now", () => {
    const [product] = toOnboardingProducer(rawProducer(rawProduct)).products
    expect(product.variants).toEqual([
      {
        id: "v_1",
        title: "200 g",
        price: 120000,
        shopper_price: 99000,
        stock: 4,
      },
    ])
  })

  it("keeps the stars shoppers see beside what the certificate says", () => {
    const [product] = toOnboardingProducer(rawProducer(rawProduct)).products
    expect(product.ocop_certificate).toMatchObject({
      stars: 4,
      displayed_stars: null,
    })
    const [inForce] = toOnboardingProducer(
      rawProducer({
        ...rawProduct,
        ocop_certificate: {
          ...rawProduct.ocop_certificate,
          displayed_stars: 4,
        },
      })
    ).products
    expect(inForce.ocop_certificate?.displayed_stars).toBe(4)
  })

  it("reads absent new fields as null", () => {
    const [product] = toOnboardingProducer(
      rawProducer({
        ...rawProduct,
        variants: [{ id: "v_1", title: "200 g", price: 120000 }],
        ocop_certificate: {
          stars: 4,
          decision_number: "123/QĐ-UBND",
          issuing_level: "province",
          issued_at: "2021-06-30T00:00:00.000Z",
        },
      })
    ).products
    expect(product.variants[0].shopper_price).toBeNull()
    expect(product.ocop_certificate?.displayed_stars).toBeNull()
  })
})
