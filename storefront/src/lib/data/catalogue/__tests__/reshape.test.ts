import { describe, expect, it } from "vitest"
import {
  pickVndRegion,
  reshapeProduct,
  type RawCertificate,
  type RawProduct,
} from "../reshape"

const rawCertificate: RawCertificate = {
  id: "cert_1",
  stars: 4,
  displayed_stars: 4,
  decision_number: "123/QĐ-UBND",
  issuing_level: "province",
  issued_at: "2024-06-30",
  expires_at: "2027-06-30",
}

const rawProduct: RawProduct = {
  id: "prod_01",
  handle: "dau-tay-namanh",
  title: "Dâu tây",
  thumbnail: null,
  images: [
    { id: "img_2", url: "http://localhost:9000/static/b.jpg", rank: 1 },
    { id: "img_1", url: "http://localhost:9000/static/a.jpg", rank: 0 },
  ],
  variants: [
    {
      id: "v_1kg",
      title: "1 kg",
      variant_rank: 0,
      manage_inventory: true,
      inventory_quantity: 0,
      calculated_price: { calculated_amount: 220000, original_amount: 220000 },
    },
    {
      id: "v_500g",
      title: "500 g",
      variant_rank: 1,
      manage_inventory: true,
      inventory_quantity: 8,
      calculated_price: { calculated_amount: 120000, original_amount: 150000 },
    },
  ],
  producer: {
    id: "pro_1",
    handle: "namanh-farm",
    name: "NamAnh farm",
    kind: "farm",
    story_vi: "Câu chuyện",
    story_en: null,
  },
  ocop_certificate: rawCertificate,
  marketplace_listings: [
    { id: "ml_2", marketplace: "postmart", url: "https://postmart.vn/x" },
    { id: "ml_3", marketplace: "shopee", url: "https://shopee.vn/x" },
    { id: "ml_1", marketplace: "voso", url: "https://voso.vn/x" },
  ],
}

describe("reshapeProduct", () => {
  const product = reshapeProduct(rawProduct)

  it("keeps whole-đồng prices and finds the lowest", () => {
    expect(product.minPrice).toBe(120000)
    expect(product.variants.map((v) => v.price)).toEqual([220000, 120000])
    expect(product.variants[1].originalPrice).toBe(150000)
    expect(product.variants[0].originalPrice).toBeNull()
  })

  it("keeps the producer's variant order whatever order the API returns", () => {
    const reversed = reshapeProduct({
      ...rawProduct,
      variants: [...(rawProduct.variants ?? [])].reverse(),
    })
    expect(reversed.variants.map((v) => v.id)).toEqual(["v_1kg", "v_500g"])
  })

  it("puts the cheaper pack first when variants carry no order", () => {
    const unranked = reshapeProduct({
      ...rawProduct,
      variants: (rawProduct.variants ?? []).map((v) => ({
        ...v,
        variant_rank: null,
      })),
    })
    expect(unranked.variants.map((v) => v.id)).toEqual(["v_500g", "v_1kg"])
  })

  it("marks variants without stock as out of stock", () => {
    expect(product.variants[0].inStock).toBe(false)
    expect(product.variants[1].inStock).toBe(true)
  })

  it("orders images by rank and uses the first as thumbnail", () => {
    expect(product.images.map((i) => i.id)).toEqual(["img_1", "img_2"])
    expect(product.thumbnail).toBe("http://localhost:9000/static/a.jpg")
  })

  it("keeps only voso and postmart listings, voso first", () => {
    expect(product.listings.map((l) => l.id)).toEqual(["ml_1", "ml_2"])
  })

  it("maps the producer and the certificate to the app's names", () => {
    expect(product.producer?.story).toEqual({ vi: "Câu chuyện", en: null })
    expect(product.certificate).toMatchObject({
      stars: 4,
      displayedStars: 4,
      decisionNumber: "123/QĐ-UBND",
      issuingLevel: "province",
      expiresAt: "2027-06-30",
    })
  })

  it("shows the stars the backend displays, not the stars on the decision", () => {
    const withStars = (displayed_stars: number | null | undefined) =>
      reshapeProduct({
        ...rawProduct,
        ocop_certificate: { ...rawCertificate, stars: 5, displayed_stars },
      }).certificate
    expect(withStars(null)).toMatchObject({ stars: 5, displayedStars: null })
    expect(withStars(undefined)?.displayedStars).toBeNull()
    expect(withStars(4)?.displayedStars).toBe(4)
  })

  it("copes with a product without links or variants", () => {
    const bare = reshapeProduct({ id: "p", handle: "p", title: "P" })
    expect(bare).toMatchObject({
      minPrice: null,
      producer: null,
      certificate: null,
      listings: [],
      images: [],
      season: null,
    })
  })

  it("reads the season in calendar order and keeps only real months", () => {
    const withSeason = reshapeProduct({
      ...rawProduct,
      harvest_season: {
        all_year: false,
        harvest_months: [12, 1, 11, 10, 13],
        best_months: [],
      },
    })
    expect(withSeason.season).toEqual({
      allYear: false,
      harvestMonths: [1, 10, 11, 12],
      bestMonths: [],
    })
    expect(
      reshapeProduct({ ...rawProduct, harvest_season: null }).season
    ).toBeNull()
  })
})

describe("pickVndRegion", () => {
  it("prefers the VND region", () => {
    expect(
      pickVndRegion([
        { id: "reg_eu", name: "EU", currency_code: "eur" },
        { id: "reg_vn", name: "Việt Nam", currency_code: "vnd" },
      ])
    ).toEqual({ id: "reg_vn", name: "Việt Nam", currencyCode: "vnd" })
    expect(pickVndRegion([])).toBeNull()
  })
})
