// The small market every search behaviour test runs against: real producers, products,
// English translations and OCOP certificates, written through the same workflows as the app.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { seedProducer } from "../../utils/catalogue"
import { runWorkflow } from "../../utils/workflows"

type Fixture = {
  handle: string
  producer: "namanh" | "vuonnha" | "hoa" | "caphe"
  category: "trai-cay-tuoi" | "dac-san-say" | "rau-cu"
  vi: string
  en: string
  price: number
  stars?: 3 | 4 | 5
  /** The shop's wording when it matters to ranking; otherwise a line built from the title. */
  description?: string
  expired?: boolean
  status?: ProductStatus
}

export const FIXTURES: Fixture[] = [
  {
    handle: "dau-tay-namanh",
    producer: "namanh",
    category: "trai-cay-tuoi",
    vi: "Dâu tây NamAnh",
    en: "NamAnh strawberries",
    price: 120000,
    stars: 4,
  },
  {
    handle: "mut-dau-tay-namanh",
    producer: "namanh",
    category: "dac-san-say",
    vi: "Mứt dâu tây NamAnh",
    en: "NamAnh strawberry jam",
    // Like the shop's own text, it says "dâu tây" more often than the strawberries' page does.
    description:
      "Mứt dâu tây NamAnh nấu thủ công từ dâu tây chín của vườn NamAnh, ít đường, giữ nguyên miếng dâu tây.",
    price: 65000,
    stars: 3,
  },
  {
    handle: "hong-treo-gio",
    producer: "vuonnha",
    category: "dac-san-say",
    vi: "Hồng treo gió",
    en: "Wind-dried persimmons",
    price: 150000,
    stars: 5,
  },
  {
    handle: "bot-can-tay",
    producer: "vuonnha",
    category: "dac-san-say",
    vi: "Bột cần tây",
    en: "Celery powder",
    price: 95000,
    stars: 3,
  },
  {
    handle: "dau-do-da-lat",
    producer: "vuonnha",
    category: "rau-cu",
    vi: "Đậu đỏ Đà Lạt",
    en: "Đà Lạt red beans",
    price: 40000,
    stars: 4,
    expired: true,
  },
  {
    handle: "bi-mi-soi",
    producer: "vuonnha",
    category: "rau-cu",
    vi: "Bí mì sợi",
    en: "Spaghetti squash",
    price: 55000,
  },
  {
    handle: "ca-phe-arabica",
    producer: "caphe",
    category: "dac-san-say",
    vi: "Cà phê Arabica rang mộc",
    en: "Plain-roasted Arabica coffee",
    price: 230000,
    stars: 4,
  },
  {
    handle: "dau-tay-nhap",
    producer: "namanh",
    category: "trai-cay-tuoi",
    vi: "Dâu tây nháp",
    en: "Draft strawberries",
    price: 10000,
    status: ProductStatus.DRAFT,
  },
  {
    handle: "hoa-cam-tu-cau",
    producer: "hoa",
    category: "dac-san-say",
    vi: "Hoa cẩm tú cầu sấy",
    en: "Dried hydrangeas",
    price: 90000,
    stars: 5,
  },
]

/** The handles shoppers may find: published products of verified producers. */
export const VISIBLE_HANDLES = FIXTURES.filter(
  (fixture) => fixture.producer !== "hoa" && !fixture.status
).map((fixture) => fixture.handle)

export type SearchCatalogue = {
  producers: Record<Fixture["producer"], { id: string; handle: string }>
  products: Record<string, { id: string; variantId: string }>
}

export async function seedSearchCatalogue(
  container: MedusaContainer,
  salesChannelId: string
): Promise<SearchCatalogue> {
  const producers = {
    namanh: await seedProducer(container, {
      handle: "namanh-farm",
      name: "NamAnh farm",
      village: "Thôn Xuân Thành",
    }),
    vuonnha: await seedProducer(container, {
      handle: "htx-vuon-nha-da-lat",
      name: "HTX Vườn Nhà Đà Lạt",
      village: "Thôn Xuân Sơn",
    }),
    caphe: await seedProducer(container, {
      handle: "ca-phe-xuan-tho",
      name: "Cà phê Xuân Thọ",
      village: "Thôn Đa Lộc",
    }),
    hoa: await seedProducer(container, {
      handle: "htx-hoa-xuan-tho",
      name: "HTX Hoa Xuân Thọ",
      status: "submitted",
    }),
  }

  const { result: categories } = await createProductCategoriesWorkflow(
    container
  ).run({
    input: {
      product_categories: [
        { name: "Trái cây tươi", handle: "trai-cay-tuoi", is_active: true },
        { name: "Đặc sản sấy", handle: "dac-san-say", is_active: true },
        { name: "Rau củ", handle: "rau-cu", is_active: true },
      ],
    },
  })
  const categoryId = new Map(
    categories.map((category) => [category.handle, category.id])
  )

  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: FIXTURES.map((fixture) => ({
        title: fixture.vi,
        handle: fixture.handle,
        description:
          fixture.description ?? `${fixture.vi} — đặc sản OCOP Xuân Thọ.`,
        status: fixture.status ?? ProductStatus.PUBLISHED,
        category_ids: [categoryId.get(fixture.category)!],
        sales_channels: [{ id: salesChannelId }],
        options: [{ title: "Khối lượng", values: ["500 g"] }],
        variants: [
          {
            title: "500 g",
            options: { "Khối lượng": "500 g" },
            manage_inventory: false,
            prices: [{ currency_code: "vnd", amount: fixture.price }],
          },
        ],
      })),
    },
  })
  await createTranslationsWorkflow(container).run({
    input: {
      translations: created.map((product) => ({
        reference: "product",
        reference_id: product.id,
        locale_code: "en-US",
        translations: {
          title: FIXTURES.find((f) => f.handle === product.handle)!.en,
        },
      })),
    },
  })

  const products: SearchCatalogue["products"] = {}
  for (const product of created) {
    const fixture = FIXTURES.find((f) => f.handle === product.handle)!
    products[fixture.handle] = {
      id: product.id,
      variantId: product.variants[0].id,
    }
    if (fixture.stars) {
      const issued = fixture.expired
        ? new Date("2020-01-10")
        : new Date("2025-03-20")
      await runWorkflow(container, "upsert-ocop-certificate", {
        product_id: product.id,
        stars: fixture.stars,
        decision_number: `DEMO-${fixture.handle}`,
        issuing_level: "province",
        issued_at: issued,
      })
    }
  }
  for (const [key, producer] of Object.entries(producers)) {
    const ids = FIXTURES.filter((f) => f.producer === key).map(
      (f) => products[f.handle].id
    )
    await runWorkflow(container, "link-products-to-producer", {
      producer_id: producer.id,
      product_ids: ids,
    })
  }
  return { producers, products }
}
