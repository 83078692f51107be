// How the Meilisearch provider translates the Search Module's queries and reads Meilisearch's
// answers, against a local node:http server standing in for Meilisearch.
import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import productIndex from "../../../../search/product"
import MeilisearchSearchProviderService from "../service"
import {
  bodyOf,
  startFakeMeilisearch,
  type FakeMeilisearch,
} from "./fake-meilisearch"

// The index as declared, without registering it with a running app or loading module links.
vi.mock("@medusajs/framework/utils", async (importActual) => ({
  ...(await importActual<typeof import("@medusajs/framework/utils")>()),
  defineSearchIndex: (index: { fields: { toFields: () => unknown } }) => ({
    ...index,
    fields: index.fields.toFields(),
  }),
}))
vi.mock("../../../../search/_product-documents", () => ({
  PRODUCT_SOURCE_FIELDS: ["id"],
  toProductDocuments: async () => [],
}))

const index: SearchTypes.ResolvedSearchIndexDefinition = {
  ...productIndex,
  primary_key: "id",
  provider: "meilisearch",
  settings: productIndex.settings ?? {},
  definition_hash: "test",
  physical_name: "product_v3",
}

let meili: FakeMeilisearch
let provider: MeilisearchSearchProviderService

beforeEach(async () => {
  meili = await startFakeMeilisearch()
  provider = new MeilisearchSearchProviderService({}, { host: meili.url })
})
afterEach(() => meili.close())

const query = (
  overrides: Partial<SearchTypes.ProviderSearchQuery> = {}
): SearchTypes.ProviderSearchQuery => ({
  index,
  attributes_to_retrieve: ["handle", "title", "ocop_stars", "created_at"],
  pagination: { skip: 0, take: 20 },
  ...overrides,
})

const sentQueries = () =>
  meili.requests
    .filter((r) => r.path === "/multi-search")
    .map((r) => bodyOf(r).queries ?? [])

describe("Meilisearch provider: search requests (fake Meilisearch server over HTTP)", () => {
  it("sends words typed without typo tolerance as exact words, with filters, facets, sort and page", async () => {
    await provider.search(
      query({
        q: "dau tay",
        filters: {
          ocop_stars: { $gte: 4 },
          producer_handle: "namanh-farm",
          category_handles: { $in: ["rau-cu", "dac-san-say"] },
          price_min: { $gte: 50000, $lte: 100000 },
        },
        pagination: {
          skip: 20,
          take: 10,
          order: { _score: "DESC", title_length: "ASC" },
        },
        search_options: {
          typo_tolerance: false,
          facets: [
            { field: "category_handles", type: "value" },
            { field: "ocop_stars", type: "value" },
            { field: "price_min", type: "stats" },
          ],
        },
      })
    )

    expect(sentQueries()).toEqual([
      [
        {
          indexUid: "product_v3",
          q: '"dau" "tay"',
          matchingStrategy: "all",
          filter:
            'ocop_stars >= 4 AND producer_handle = "namanh-farm" AND category_handles IN ["rau-cu", "dac-san-say"] AND (price_min >= 50000 AND price_min <= 100000)',
          facets: ["category_handles", "ocop_stars", "price_min"],
          sort: ["title_length:asc"],
          offset: 20,
          limit: 10,
          attributesToRetrieve: [
            "id",
            "handle",
            "title",
            "ocop_stars",
            "created_at",
          ],
        },
      ],
    ])
  })

  it("lets Meilisearch tolerate typos when asked, with a minimum ranking score and highlights", async () => {
    await provider.search(
      query({
        q: "strawbery",
        search_options: {
          typo_tolerance: true,
          min_score: 0.65,
          highlight: {
            fields: ["title", "title_en"],
            pre_tag: "<em>",
            post_tag: "</em>",
          },
        },
      })
    )

    expect(sentQueries()[0][0]).toMatchObject({
      q: "strawbery",
      rankingScoreThreshold: 0.65,
      attributesToHighlight: ["title", "title_en"],
      highlightPreTag: "<em>",
      highlightPostTag: "</em>",
    })
  })

  it("counts each requested price range with its own query in the same round trip", async () => {
    await provider.search(
      query({
        filters: {
          $or: [{ producer_handle: "namanh-farm" }, { in_stock: true }],
        },
        pagination: { skip: 0, take: 20, order: { ocop_stars: "DESC" } },
        search_options: {
          facets: [
            {
              field: "price_min",
              type: "range",
              ranges: [{ to: 50000 }, { key: "mid", from: 50000, to: 100000 }],
            },
          ],
        },
      })
    )

    const [queries] = sentQueries()
    expect(queries).toHaveLength(3)
    expect(queries[0]).toMatchObject({
      filter: '(producer_handle = "namanh-farm" OR in_stock = true)',
      sort: ["ocop_stars:desc"],
    })
    expect(queries[0]).not.toHaveProperty("q")
    expect(queries.slice(1)).toEqual([
      {
        indexUid: "product_v3",
        matchingStrategy: "all",
        filter: [
          '(producer_handle = "namanh-farm" OR in_stock = true)',
          "price_min < 50000",
        ],
        page: 1,
        hitsPerPage: 0,
      },
      {
        indexUid: "product_v3",
        matchingStrategy: "all",
        filter: [
          '(producer_handle = "namanh-farm" OR in_stock = true)',
          "price_min >= 50000",
          "price_min < 100000",
        ],
        page: 1,
        hitsPerPage: 0,
      },
    ])
  })

  it("refuses what Meilisearch cannot express without sending anything", async () => {
    const refusals = [
      query({ filters: { title: { $like: "%dau%" } } }),
      query({ q: "dau", pagination: { order: { price_min: "ASC" } } }),
      query({ q: "dau", search_options: { match_strategy: "any" } }),
      query({ pagination: { cursor: "abc" } }),
    ]
    for (const refused of refusals) {
      await expect(provider.search(refused)).rejects.toBeInstanceOf(MedusaError)
    }
    expect(meili.requests).toEqual([])
  })
})

describe("Meilisearch provider: reading answers (fake Meilisearch server over HTTP)", () => {
  it("maps hits, highlights, facet distribution and stats, and the estimated total", async () => {
    meili.answer(/POST \/multi-search/, (req) => ({
      status: 200,
      body: {
        results: [
          {
            indexUid: "product_v3",
            query: bodyOf(req).queries?.[0].q,
            processingTimeMs: 2,
            limit: 20,
            offset: 0,
            estimatedTotalHits: 42,
            hits: [
              {
                id: "prod_1",
                handle: "dau-tay-namanh",
                title: "Dâu tây NamAnh",
                ocop_stars: 4,
                created_at: Date.parse("2026-11-01T00:00:00.000Z"),
                _formatted: {
                  title: "<mark>Dâu tây</mark> NamAnh",
                  title_en: "Strawberries",
                },
              },
            ],
            facetDistribution: {
              category_handles: {
                "rau-cu": 2,
                "dac-san-say": 4,
                "trai-cay-tuoi": 1,
              },
              ocop_stars: { "3": 2, "4": 2, "5": 1 },
            },
            facetStats: { price_min: { min: 40000, max: 230000 } },
          },
        ],
      },
    }))

    const result = await provider.search(
      query({
        q: "dau tay",
        search_options: {
          highlight: { fields: ["title", "title_en"] },
          facets: [
            { field: "category_handles", type: "value", limit: 2 },
            { field: "ocop_stars", type: "value" },
            { field: "price_min", type: "stats" },
          ],
        },
      })
    )

    expect(result.hits).toEqual([
      {
        id: "prod_1",
        document: {
          handle: "dau-tay-namanh",
          title: "Dâu tây NamAnh",
          ocop_stars: 4,
          created_at: "2026-11-01T00:00:00.000Z",
        },
        highlights: { title: ["<mark>Dâu tây</mark> NamAnh"] },
      },
    ])
    expect(result.facets).toEqual({
      category_handles: {
        type: "value",
        values: [
          { value: "dac-san-say", count: 4 },
          { value: "rau-cu", count: 2 },
        ],
      },
      ocop_stars: {
        type: "value",
        values: [
          { value: "3", count: 2 },
          { value: "4", count: 2 },
          { value: "5", count: 1 },
        ],
      },
      price_min: { type: "stats", min: 40000, max: 230000, count: 42 },
    })
    expect(result.metadata).toMatchObject({
      skip: 0,
      take: 20,
      count: 42,
      query: "dau tay",
    })
  })

  it("reads range counts from their queries' totals", async () => {
    meili.answer(/POST \/multi-search/, (req) => ({
      status: 200,
      body: {
        results: (bodyOf(req).queries ?? []).map((q, i) => ({
          indexUid: q.indexUid,
          hits: [],
          ...(i === 0
            ? { estimatedTotalHits: 9 }
            : { totalHits: i * 3, page: 1 }),
        })),
      },
    }))

    const result = await provider.search(
      query({
        search_options: {
          facets: [
            {
              field: "price_min",
              type: "range",
              ranges: [{ to: 50000 }, { from: 50000 }],
            },
          ],
        },
      })
    )

    expect(result.facets?.price_min).toEqual({
      type: "range",
      ranges: [
        { key: "*-50000", from: undefined, to: 50000, count: 3 },
        { key: "50000-*", from: 50000, to: undefined, count: 6 },
      ],
    })
  })

  it("turns Meilisearch's refusals and outages into errors a person can act on", async () => {
    meili.answer(/POST \/multi-search/, {
      status: 400,
      body: {
        message: "Attribute `village` is not filterable.",
        code: "invalid_search_filter",
        type: "invalid_request",
        link: "https://docs.meilisearch.com/errors#invalid_search_filter",
      },
    })
    await expect(provider.search(query())).rejects.toMatchObject({
      type: MedusaError.Types.INVALID_DATA,
      message: expect.stringContaining(
        "Attribute `village` is not filterable. (invalid_search_filter)"
      ),
    })

    meili.answer(/POST \/multi-search/, {
      status: 404,
      body: {
        message: "Index `product_v3` not found.",
        code: "index_not_found",
      },
    })
    // NOT_FOUND lets the Search Module re-resolve the active index version and retry.
    await expect(provider.search(query())).rejects.toMatchObject({
      type: MedusaError.Types.NOT_FOUND,
    })

    meili.answer(/POST \/multi-search/, {
      status: 429,
      body: { message: "Too many requests", code: "too_many_requests" },
    })
    await expect(provider.search(query())).rejects.toMatchObject({
      status: 429,
    })

    meili.answer(/POST \/multi-search/, {
      status: 503,
      body: { message: "overloaded", code: "internal" },
    })
    await expect(provider.search(query())).rejects.toMatchObject({
      type: MedusaError.Types.UNEXPECTED_STATE,
      code: "search_unavailable",
      message: expect.stringMatching(/^Search is unavailable right now/),
    })
  })

  it("says search is unavailable when Meilisearch does not answer at all", async () => {
    await meili.close()

    await expect(
      provider.search(query({ q: "dau tay" }))
    ).rejects.toMatchObject({
      type: MedusaError.Types.UNEXPECTED_STATE,
      code: "search_unavailable",
      message: expect.stringContaining(
        "Meilisearch did not answer while searching"
      ),
    })
  })
})

describe("Meilisearch provider: settings", () => {
  it("refuses a host that is not an http(s) URL, naming the setting", () => {
    expect(
      () =>
        new MeilisearchSearchProviderService({}, { host: "meilisearch:7700" })
    ).toThrow(
      /MEILISEARCH_HOST must be the http\(s\) URL of a Meilisearch server/
    )
  })
})
