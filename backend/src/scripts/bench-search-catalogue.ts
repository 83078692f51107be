// Generates a large, realistic catalogue for the search benchmark (tests/bench/search-bench.mjs):
// BENCH_PRODUCTS products (default 10 000) on top of the demo seed. Products, producers and
// translations go through the same workflows as the seed; certificates are written in bulk
// through the OCOP module and links (one workflow run per product would take most of an hour).
import type { ExecArgs } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createTranslationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import {
  createProducersWorkflow,
  linkProductsToProducerWorkflow,
} from "../workflows"
import { PROVINCE, WARD } from "./seed/catalogue"

const BATCH = 500
const PRODUCER_COUNT = 24

// [vi, en, category handle, base price in đồng]
const BASES: [string, string, string, number][] = [
  ["Dâu tây", "Strawberries", "trai-cay-tuoi", 120000],
  ["Mứt dâu tây", "Strawberry jam", "dac-san-say", 85000],
  ["Hồng treo gió", "Wind-dried persimmons", "dac-san-say", 230000],
  ["Hồng giòn", "Crisp persimmons", "trai-cay-tuoi", 90000],
  ["Bột cần tây", "Celery powder", "bot-va-do-uong", 95000],
  ["Chuối laba sấy", "Dried Laba bananas", "dac-san-say", 70000],
  ["Ớt trái cây", "Fruit chilli", "rau-cu", 45000],
  ["Bí mì sợi", "Spaghetti squash", "rau-cu", 60000],
  ["Atiso sấy khô", "Dried artichoke", "dac-san-say", 150000],
  ["Trà atiso", "Artichoke tea", "bot-va-do-uong", 80000],
  ["Khoai lang mật sấy", "Dried honey sweet potato", "dac-san-say", 65000],
  ["Cà phê Arabica", "Arabica coffee", "bot-va-do-uong", 180000],
  ["Mật ong hoa cà phê", "Coffee blossom honey", "bot-va-do-uong", 200000],
  ["Đậu đỏ", "Red beans", "rau-cu", 40000],
  ["Cà chua bi", "Cherry tomatoes", "rau-cu", 55000],
  ["Súp lơ xanh", "Broccoli", "rau-cu", 50000],
  ["Bắp cải tím", "Red cabbage", "rau-cu", 35000],
  ["Bơ sáp", "Butter avocados", "trai-cay-tuoi", 75000],
  ["Chanh dây", "Passion fruit", "trai-cay-tuoi", 48000],
  ["Mận hậu", "Plums", "trai-cay-tuoi", 68000],
]
const QUALITIES: [string, string][] = [
  ["hữu cơ", "organic"],
  ["VietGAP", "VietGAP"],
  ["loại 1", "grade 1"],
  ["đặc biệt", "special"],
  ["tươi ngon", "fresh"],
  ["sấy dẻo", "soft-dried"],
]
const PACKS: [string, string, number][] = [
  ["túi 250g", "250 g bag", 0.5],
  ["hộp 500g", "500 g box", 1],
  ["hộp quà 1kg", "1 kg gift box", 1.9],
]
const VILLAGES = [
  "Thôn Xuân Thành",
  "Thôn Xuân Sơn",
  "Thôn Trường Thọ",
  "Thôn Lộc Quý",
  "Thôn Đa Lộc",
  "Thôn Phát Chi",
]

// Deterministic, so two runs measure the same catalogue.
let seed = 42
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]

async function createBenchProducers(container: ExecArgs["container"]) {
  const { result } = await createProducersWorkflow(container).run({
    input: {
      producers: Array.from({ length: PRODUCER_COUNT }, (_, i) => ({
        handle: `bench-htx-${i + 1}`,
        name: `HTX ${pick(["Nông nghiệp", "Rau hoa", "Dâu tây", "Cà phê"])} ${pick(VILLAGES).replace("Thôn ", "")} ${i + 1}`,
        kind: "cooperative" as const,
        village: pick(VILLAGES),
        ward: WARD,
        province: PROVINCE,
        phone: `09${String(10_000_000 + i * 7919).slice(-8)}`,
        status: "verified" as const,
        story_vi: "Hợp tác xã của Xuân Thọ (dữ liệu đo hiệu năng).",
        story_en: "A Xuân Thọ cooperative (benchmark data).",
      })),
    },
  })
  return result.map((producer) => producer.id)
}

export default async function benchSearchCatalogue({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const total = Number(process.env.BENCH_PRODUCTS ?? 10_000)

  // The storefront's channel (the publishable key's), read off a seeded product: Medusa also
  // has a "Default Sales Channel" that shoppers never see.
  const [{ data: seeded }, { data: categories }, { data: profiles }] =
    await Promise.all([
      query.graph({
        entity: "product",
        fields: ["sales_channels.id"],
        filters: { handle: "dau-tay-namanh" },
      }),
      query.graph({ entity: "product_category", fields: ["id", "handle"] }),
      query.graph({ entity: "shipping_profile", fields: ["id"] }),
    ])
  const salesChannelId = seeded[0]?.sales_channels?.[0]?.id
  if (!salesChannelId) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "The benchmark catalogue goes on top of the demo seed: run src/scripts/seed.ts first"
    )
  }
  const categoryIds = new Map(categories.map((c) => [c.handle, c.id]))
  const producerIds = await createBenchProducers(container)

  for (let start = 0; start < total; start += BATCH) {
    const rows = Array.from(
      { length: Math.min(BATCH, total - start) },
      (_, k) => {
        const n = start + k
        const [vi, en, category, basePrice] = pick(BASES)
        const [qualityVi, qualityEn] = pick(QUALITIES)
        const [packVi, packEn, factor] = pick(PACKS)
        return {
          n,
          vi: `${vi} ${qualityVi} ${packVi}`,
          en: `${en}, ${qualityEn}, ${packEn}`,
          category,
          price:
            Math.round((basePrice * factor * (0.8 + random() * 0.4)) / 1000) *
            1000,
          producerId: pick(producerIds),
          stars: random() < 0.45 ? pick([3, 3, 4, 4, 5]) : null,
        }
      }
    )
    const { result: products } = await createProductsWorkflow(container).run({
      input: {
        products: rows.map((row) => ({
          title: row.vi,
          description: `${row.vi} từ Xuân Thọ, Đà Lạt.`,
          handle: `bench-${row.n}`,
          status: ProductStatus.PUBLISHED,
          category_ids: [categoryIds.get(row.category)!],
          shipping_profile_id: profiles[0].id,
          options: [{ title: "Gói", values: ["Mặc định"] }],
          variants: [
            {
              title: "Mặc định",
              options: { Gói: "Mặc định" },
              manage_inventory: false,
              prices: [{ currency_code: "vnd", amount: row.price }],
            },
          ],
          sales_channels: [{ id: salesChannelId }],
        })),
      },
    })
    const ids = new Map(products.map((p) => [p.handle, p.id]))
    const idOf = (row: (typeof rows)[number]) => ids.get(`bench-${row.n}`)!
    await createTranslationsWorkflow(container).run({
      input: {
        translations: rows.map((row) => ({
          reference: "product",
          reference_id: idOf(row),
          locale_code: "en-US",
          translations: { title: row.en },
        })),
      },
    })
    for (const producerId of new Set(rows.map((row) => row.producerId))) {
      await linkProductsToProducerWorkflow(container).run({
        input: {
          producer_id: producerId,
          product_ids: rows
            .filter((r) => r.producerId === producerId)
            .map(idOf),
        },
      })
    }
    const certified = rows.filter((row) => row.stars)
    const issuedAt = new Date("2025-03-01")
    const certificates = await ocop.createOcopCertificates(
      certified.map((row) => ({
        stars: row.stars!,
        decision_number: `BENCH-${row.n}`,
        issuing_level: "province" as const,
        issued_at: issuedAt,
        expires_at: new Date("2028-03-01"),
      }))
    )
    await link.create(
      certificates.map((certificate, i) => ({
        [Modules.PRODUCT]: { product_id: idOf(certified[i]) },
        [OCOP_MODULE]: { ocop_certificate_id: certificate.id },
      }))
    )
    logger.info(`Bench catalogue: ${start + rows.length}/${total} products`)
  }
}
