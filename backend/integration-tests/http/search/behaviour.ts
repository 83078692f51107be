// The one behaviour suite every search provider must pass: it drives the real
// `POST /store/search` the storefront uses, on a catalogue written through our workflows, and
// lets the index catch up from events only.
import { ensureSearchIndexReady } from "../../utils/search-index"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { createStoreContext, type StoreContext } from "../../utils/store"
import { runWorkflow } from "../../utils/workflows"
import {
  seedSearchCatalogue,
  VISIBLE_HANDLES,
  type SearchCatalogue,
} from "./catalogue"

type Hit = { id: string; document: Record<string, unknown> }
type SearchAnswer = {
  hits: Hit[]
  metadata: { count: number }
  facets: Record<string, { values?: unknown[]; min?: number; max?: number }>
}
type Api = {
  post: (
    url: string,
    body: unknown,
    config: RequestHeaders
  ) => Promise<{ data: { results: SearchAnswer[] } }>
}
type SearchOptions = { filters?: Record<string, unknown>; take?: number }

const FACETS = [
  "category_handles",
  "producer_handle",
  "ocop_stars",
  { field: "price_min", type: "stats" },
]

const FUZZY_MIN_SCORE = 0.65

/** Exact words first; only when they find nothing, the same query typo-tolerant (as the storefront does). */
export async function searchProducts(
  api: Api,
  store: StoreContext,
  q: string,
  options: SearchOptions = {}
) {
  const run = async (typo: boolean) => {
    const response = await api.post(
      "/store/search",
      {
        entity: "product",
        fields: [
          "id",
          "handle",
          "title",
          "title_en",
          "producer_name",
          "ocop_stars",
          "price_min",
        ],
        filters: { ...(q ? { q } : {}), ...options.filters },
        pagination: {
          take: options.take ?? 20,
          ...(q ? { order: { _score: "DESC", title_length: "ASC" } } : {}),
        },
        search_options: {
          facets: FACETS,
          ...(q ? { typo_tolerance: typo } : {}),
          // Typo matches below this similarity are noise ("nhap" is not "nhà").
          ...(typo ? { min_score: FUZZY_MIN_SCORE } : {}),
        },
      },
      store
    )
    return response.data.results[0]
  }
  const exact = await run(false)
  return q && exact.metadata.count === 0 ? await run(true) : exact
}

const handles = (result: { hits: Hit[] }) =>
  result.hits.map((hit) => hit.document.handle)

async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000
): Promise<T> {
  const started = Date.now()
  let value = await read()
  while (!accept(value) && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    value = await read()
  }
  return value
}

export function searchBehaviourSuite(getters: {
  api: Api
  getContainer: () => MedusaContainer
}) {
  const { api, getContainer } = getters
  let store: StoreContext
  let admin: RequestHeaders
  let catalogue: SearchCatalogue
  const search = (q: string, options?: SearchOptions) =>
    searchProducts(api, store, q, options)

  beforeAll(async () => {
    await ensureSearchIndexReady(getContainer())
    store = await createStoreContext(getContainer())
    admin = await createAdminHeaders(getContainer())
    catalogue = await seedSearchCatalogue(getContainer(), store.salesChannelId)
    await eventually(
      () => search(""),
      (result) => result.metadata.count === VISIBLE_HANDLES.length
    )
  })

  describe("finding products the way shoppers type", () => {
    it("lists every visible product with its facets for an empty query", async () => {
      const result = await search("")

      expect(handles(result).sort()).toEqual([...VISIBLE_HANDLES].sort())
      expect(result.facets.category_handles.values).toEqual(
        expect.arrayContaining([
          { value: "dac-san-say", count: 4 },
          { value: "rau-cu", count: 2 },
          { value: "trai-cay-tuoi", count: 1 },
        ])
      )
      expect(result.facets.producer_handle.values).toEqual(
        expect.arrayContaining([
          { value: "htx-vuon-nha-da-lat", count: 4 },
          { value: "namanh-farm", count: 2 },
          { value: "ca-phe-xuan-tho", count: 1 },
        ])
      )
      expect(result.facets.ocop_stars.values).toEqual(
        expect.arrayContaining([
          { value: "5", count: 1 },
          { value: "4", count: 2 },
          { value: "3", count: 2 },
        ])
      )
      expect(result.facets.price_min).toMatchObject({ min: 40000, max: 230000 })
    })

    it("finds Dâu tây from “dau tay” typed without marks, the exact title first", async () => {
      const result = await search("dau tay")

      expect(handles(result)).toEqual(["dau-tay-namanh", "mut-dau-tay-namanh"])
    })

    it("ranks the product whose title is the query first, however the query is marked or cased", async () => {
      for (const query of [
        "Dâu tây NamAnh",
        "dâu tây namanh",
        "  DAU  TAY NAMANH ",
        "NamAnh strawberries",
      ]) {
        expect(handles(await search(query))[0], query).toEqual("dau-tay-namanh")
      }
      for (const query of ["Mứt dâu tây NamAnh", "namanh strawberry jam"]) {
        expect(handles(await search(query))[0], query).toEqual(
          "mut-dau-tay-namanh"
        )
      }
    })

    it("treats đ and d alike, and keeps Vietnamese words that are English stopwords (“do”)", async () => {
      // With English stopwords "dau do" lost its "do" and found every "dâu" too.
      expect(handles(await search("dau do"))).toEqual(["dau-do-da-lat"])
      expect(handles(await search("Đậu đỏ"))).toEqual(["dau-do-da-lat"])
    })

    it("finds hồng treo gió from “hong treo gio”", async () => {
      expect(handles(await search("hong treo gio"))[0]).toEqual("hong-treo-gio")
    })

    it("tolerates a typo: “strawbery” finds the strawberries", async () => {
      const result = await search("strawbery")

      expect(handles(result).slice(0, 2).sort()).toEqual(
        ["dau-tay-namanh", "mut-dau-tay-namanh"].sort()
      )
    })

    it("finds products by their English names", async () => {
      expect(handles(await search("persimmons"))).toEqual(["hong-treo-gio"])
      expect(handles(await search("celery powder"))[0]).toEqual("bot-can-tay")
    })

    it("finds products by their producer's name", async () => {
      expect(handles(await search("namanh farm")).sort()).toEqual(
        ["dau-tay-namanh", "mut-dau-tay-namanh"].sort()
      )
    })
  })

  describe("filters", () => {
    it("keeps products with at least 4 valid OCOP stars (an expired certificate has none)", async () => {
      const result = await search("", { filters: { ocop_stars: { $gte: 4 } } })

      expect(handles(result).sort()).toEqual(
        ["ca-phe-arabica", "dau-tay-namanh", "hong-treo-gio"].sort()
      )
    })

    it("keeps products within a price range", async () => {
      const result = await search("", {
        filters: { price_min: { $gte: 50000, $lte: 100000 } },
      })

      expect(handles(result).sort()).toEqual(
        ["bi-mi-soi", "bot-can-tay", "mut-dau-tay-namanh"].sort()
      )
    })

    it("keeps one producer's and one category's products", async () => {
      expect(
        handles(
          await search("", { filters: { producer_handle: "namanh-farm" } })
        ).sort()
      ).toEqual(["dau-tay-namanh", "mut-dau-tay-namanh"].sort())
      expect(
        handles(
          await search("", { filters: { category_handles: "rau-cu" } })
        ).sort()
      ).toEqual(["bi-mi-soi", "dau-do-da-lat"].sort())
    })
  })

  describe("only what shoppers may see, kept current from events", () => {
    it("never returns a draft product or one of an unverified producer", async () => {
      for (const q of [
        "dau tay nhap",
        "draft strawberries",
        "cam tu cau",
        "dried hydrangeas",
        "htx hoa",
      ]) {
        const found = handles(await search(q))
        expect(found).not.toContain("dau-tay-nhap")
        expect(found).not.toContain("hoa-cam-tu-cau")
      }
      expect(handles(await search("cam tu cau"))).toEqual([])
    })

    it("drops a suspended producer's products and brings them back when verified again", async () => {
      const producer = catalogue.producers.caphe
      await runWorkflow(getContainer(), "update-producer", {
        id: producer.id,
        status: "suspended",
      })
      const hidden = await eventually(
        () => search("arabica"),
        (r) => r.metadata.count === 0
      )
      expect(handles(hidden)).toEqual([])

      await runWorkflow(getContainer(), "update-producer", {
        id: producer.id,
        status: "verified",
      })
      const shown = await eventually(
        () => search("arabica"),
        (r) => r.metadata.count === 1
      )
      expect(handles(shown)).toEqual(["ca-phe-arabica"])
    })

    it("follows an unpublished product out of the index", async () => {
      const product = catalogue.products["bi-mi-soi"]
      await api.post(
        `/admin/products/${product.id}`,
        { status: ProductStatus.DRAFT },
        admin
      )

      const result = await eventually(
        () => search("bi mi soi"),
        (r) => r.metadata.count === 0
      )
      expect(handles(result)).toEqual([])
    })

    it("shows a producer's new name, a new price and new stars", async () => {
      const container = getContainer()
      await runWorkflow(container, "update-producer", {
        id: catalogue.producers.namanh.id,
        name: "Trang trại NamAnh",
      })
      const renamed = await eventually(
        () => search("trang trai"),
        (r) => r.metadata.count === 2
      )
      expect(renamed.hits[0].document.producer_name).toEqual(
        "Trang trại NamAnh"
      )

      const product = catalogue.products["bot-can-tay"]
      await api.post(
        `/admin/products/${product.id}/variants/${product.variantId}`,
        { prices: [{ currency_code: "vnd", amount: 99000 }] },
        admin
      )
      const repriced = await eventually(
        () => search("bot can tay"),
        (r) => r.hits[0]?.document.price_min === 99000
      )
      expect(repriced.hits[0].document.price_min).toEqual(99000)

      await runWorkflow(container, "upsert-ocop-certificate", {
        product_id: product.id,
        stars: 5,
        decision_number: "DEMO-bot-can-tay-2",
        issuing_level: "province",
        issued_at: new Date("2025-06-01"),
      })
      const rated = await eventually(
        () => search("bot can tay"),
        (r) => r.hits[0]?.document.ocop_stars === 5
      )
      expect(rated.hits[0].document.ocop_stars).toEqual(5)
    })
  })
}
