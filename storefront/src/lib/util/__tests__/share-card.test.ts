import { describe, expect, it } from "vitest"
import type { Product, ProducerWithProducts } from "@/lib/data/catalogue/types"
import {
  clampText,
  pageCard,
  producerCard,
  productCard,
  titleFontSize,
} from "../share-card"

const producer: ProducerWithProducts = {
  id: "prod_htx",
  handle: "htx-vuon-nha-da-lat",
  name: "HTX Vườn Nhà Đà Lạt",
  kind: "cooperative",
  village: "Thôn Lộc Quý",
  ward: "Phường Xuân Trường - Đà Lạt",
  province: "Lâm Đồng",
  story: { vi: null, en: null },
  phone: null,
  products: [
    {
      id: "p1",
      handle: "hong-treo-gio",
      title: "Hồng treo gió",
      thumbnail: null,
      season: null,
    },
    {
      id: "p2",
      handle: "bot-can-tay",
      title: "Bột cần tây",
      thumbnail: null,
      season: null,
    },
  ],
}

function product(overrides: Partial<Product> = {}): Product {
  return {
    id: "p1",
    handle: "hong-treo-gio",
    title: "Hồng treo gió",
    thumbnail: null,
    season: null,
    subtitle: null,
    description: null,
    images: [],
    variants: [],
    minPrice: 120000,
    categories: [],
    producer,
    certificate: {
      id: "cert_1",
      stars: 4,
      displayedStars: 4,
      decisionNumber: "123/QĐ-UBND",
      issuingLevel: "province",
      issuedAt: null,
      expiresAt: null,
    },
    listings: [],
    preorder: null,
    ...overrides,
  }
}

const productLabels = {
  brand: "Chợ OCOP Xuân Thọ",
  stars: (stars: number) => `${stars} sao OCOP`,
}

describe("productCard", () => {
  it("shows the name, the price in đồng, the stars shown and the producer with village", () => {
    expect(productCard(product(), productLabels)).toEqual({
      brand: "Chợ OCOP Xuân Thọ",
      eyebrow: null,
      title: "Hồng treo gió",
      stars: 4,
      starsLabel: "4 sao OCOP",
      price: "120.000\u00a0₫",
      details: ["HTX Vườn Nhà Đà Lạt · Thôn Lộc Quý"],
    })
  })

  it("shows no stars when the backend shows none, even if the decision had some", () => {
    const card = productCard(
      product({
        certificate: {
          ...product().certificate!,
          stars: 5,
          displayedStars: null,
        },
      }),
      productLabels
    )
    expect(card.stars).toBeNull()
    expect(card.starsLabel).toBeNull()
  })

  it("leaves out a missing price and falls back to the ward without a village", () => {
    const card = productCard(
      product({
        minPrice: null,
        certificate: null,
        producer: { ...producer, village: null },
      }),
      productLabels
    )
    expect(card.price).toBeNull()
    expect(card.stars).toBeNull()
    expect(card.details).toEqual([
      "HTX Vườn Nhà Đà Lạt · Phường Xuân Trường - Đà Lạt",
    ])
  })

  it("has no detail line without a producer", () => {
    expect(
      productCard(product({ producer: null }), productLabels).details
    ).toEqual([])
  })
})

describe("producerCard", () => {
  it("shows the kind, the name, the village and the number of products", () => {
    const card = producerCard(producer, {
      brand: "Chợ OCOP Xuân Thọ",
      kind: "Hợp tác xã",
      productCount: (count) => `${count} sản phẩm`,
    })
    expect(card).toMatchObject({
      eyebrow: "Hợp tác xã",
      title: "HTX Vườn Nhà Đà Lạt",
      price: null,
      stars: null,
      details: ["Thôn Lộc Quý · Phường Xuân Trường - Đà Lạt", "2 sản phẩm"],
    })
  })
})

describe("pageCard", () => {
  it("carries the list name and its line", () => {
    expect(
      pageCard({
        brand: "Chợ OCOP Xuân Thọ",
        title: "Sản phẩm OCOP",
        detail: "Tất cả sản phẩm",
      })
    ).toEqual({
      brand: "Chợ OCOP Xuân Thọ",
      eyebrow: null,
      title: "Sản phẩm OCOP",
      stars: null,
      starsLabel: null,
      price: null,
      details: ["Tất cả sản phẩm"],
    })
  })
})

describe("clampText and titleFontSize", () => {
  it("keeps short text and cuts long text with an ellipsis, counting Vietnamese letters once", () => {
    expect(clampText("  Dâu   tây  ", 10)).toBe("Dâu tây")
    expect(clampText("Chuối Laba sấy dẻo", 10)).toBe("Chuối Lab…")
    expect([...clampText("ờ".repeat(100), 80)]).toHaveLength(80)
  })

  it("makes long titles smaller", () => {
    expect(titleFontSize("Dâu tây")).toBeGreaterThan(
      titleFontSize("Hồng treo gió Đà Lạt loại đặc biệt hộp quà 500 g")
    )
  })
})
