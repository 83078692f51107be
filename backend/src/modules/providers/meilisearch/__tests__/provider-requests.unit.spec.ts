// The Meilisearch provider at its HTTP boundary, against a local node:http server standing in
// for Meilisearch: the exact requests it sends and how it reads the answers.
import type { SearchTypes } from "@medusajs/framework/types"
import productIndex from "../../../../search/product"
import MeilisearchSearchProviderService from "../service"
import {
  bodyOf,
  documentsOf,
  startFakeMeilisearch,
  type FakeMeilisearch,
} from "./fake-meilisearch"

// Only the index's fields and settings matter here: the definition is read as declared, without
// registering it with a running app or loading the app's module links to build documents.
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

const definition: SearchTypes.ResolvedSearchIndexDefinition = {
  ...productIndex,
  primary_key: "id",
  provider: "meilisearch",
  settings: productIndex.settings ?? {},
  definition_hash: "test",
  physical_name: "product_v1",
}

let meili: FakeMeilisearch
let provider: MeilisearchSearchProviderService

beforeEach(async () => {
  meili = await startFakeMeilisearch()
  provider = new MeilisearchSearchProviderService(
    {},
    { host: meili.url, api_key: "master-key", batch_size: 2 }
  )
})
afterEach(() => meili.close())

const document = (id: string) => ({
  id,
  handle: id,
  title: `Dâu tây ${id}`,
  created_at: "2026-11-01T00:00:00.000Z",
})

describe("Meilisearch provider: indexes (fake Meilisearch server over HTTP)", () => {
  it("creates the index, then sends the settings derived from the product index definition", async () => {
    const task = await provider.upsertIndex({ index: definition })

    expect(task).toMatchObject({ index: "product_v1", status: "succeeded" })
    const [create, settings] = meili.writes()
    expect(create).toMatchObject({
      method: "POST",
      path: "/indexes",
      body: { uid: "product_v1", primaryKey: "id" },
      authorization: "Bearer master-key",
    })
    expect(settings.method).toBe("PATCH")
    expect(settings.path).toBe("/indexes/product_v1/settings")
    expect(settings.body).toMatchObject({
      // Heavier fields first: Meilisearch weighs attributes by their order.
      searchableAttributes: [
        "title",
        "title_en",
        "producer_name",
        "category_names",
        "folded",
        "subtitle",
        "subtitle_en",
        "description",
        "description_en",
        "village",
        "tags",
      ],
      filterableAttributes: [
        "id",
        "handle",
        "status",
        "sales_channel_ids",
        "producer_handle",
        "category_handles",
        "tags",
        "ocop_stars",
        "price_min",
        "in_stock",
        // Deletes from events spare documents read after them (src/search/_read-stamp.ts).
        "read_at",
      ],
      sortableAttributes: [
        "ocop_stars",
        "price_min",
        "created_at",
        "title_length",
      ],
      typoTolerance: {
        enabled: true,
        minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      },
      rankingRules: [
        "words",
        "typo",
        "proximity",
        "attribute",
        "sort",
        "exactness",
      ],
      distinctAttribute: null,
    })
    expect(bodyOf(settings).displayedAttributes).not.toContain("folded")
    expect(bodyOf(settings).displayedAttributes).not.toContain("title_length")
    expect(bodyOf(settings).synonyms?.["dau tay"]).toEqual(
      expect.arrayContaining(["dâu tây", "strawberry", "strawberries"])
    )
    expect(bodyOf(settings).synonyms?.strawberry).toEqual(
      expect.arrayContaining(["dâu tây", "dau tay"])
    )
    expect(bodyOf(settings).synonyms?.["ớt"]).toEqual(
      expect.arrayContaining(["chilli", "pepper"])
    )
    expect(bodyOf(settings).synonyms?.coffee).toEqual(
      expect.arrayContaining(["cà phê", "ca phe"])
    )
    // Both tasks are awaited before documents may arrive.
    const polled = meili.requests.filter((r) => r.path.startsWith("/tasks/"))
    expect(polled.map((r) => r.path)).toEqual(
      expect.arrayContaining(["/tasks/0", "/tasks/1"])
    )
  })

  it("configures an index that already exists", async () => {
    meili.taskOutcome(0, {
      status: "failed",
      error: {
        code: "index_already_exists",
        message: "Index `product_v1` already exists.",
      },
    })

    await expect(
      provider.upsertIndex({ index: definition })
    ).resolves.toMatchObject({
      status: "succeeded",
    })
    expect(meili.writes()[1].path).toBe("/indexes/product_v1/settings")
  })

  it("fails the migration with Meilisearch's reason when it refuses the settings", async () => {
    meili.taskOutcome(1, {
      status: "failed",
      error: {
        code: "invalid_settings_typo_tolerance",
        message: "`minWordSizeForTypos` is invalid",
      },
    })

    await expect(provider.upsertIndex({ index: definition })).rejects.toThrow(
      /refused the settings of index "product_v1": `minWordSizeForTypos` is invalid/
    )
  })

  it("refuses a definition with a field kind Meilisearch cannot hold, before any request", async () => {
    const withVector = {
      ...definition,
      fields: {
        ...definition.fields,
        embedding: { type: "vector" as const, dimensions: 3 },
      },
    }

    await expect(provider.upsertIndex({ index: withVector })).rejects.toThrow(
      /does not support "vector" fields/
    )
    expect(meili.requests).toEqual([])
  })

  it("lists its indexes with their document counts", async () => {
    meili.answer(/GET \/stats/, {
      status: 200,
      body: {
        indexes: { product_v1: { numberOfDocuments: 7, isIndexing: false } },
      },
    })

    expect(await provider.listIndexes()).toEqual([
      { name: "product_v1", provider: "meilisearch", document_count: 7 },
    ])
  })

  it("deletes an index and clears one", async () => {
    await provider.deleteIndex({ index: "product_v1" })
    await provider.clearIndex({ index: "product_v2" })

    expect(meili.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      "DELETE /indexes/product_v1",
      "DELETE /indexes/product_v2/documents",
    ])
  })
})

describe("Meilisearch provider: documents (fake Meilisearch server over HTTP)", () => {
  it("writes documents in batches, dates as epoch milliseconds, and waits for every batch", async () => {
    const task = await provider.upsertDocuments({
      index: "product_v2",
      definition,
      documents: ["a", "b", "c", "d", "e"].map(document),
    })

    const writes = meili.writes()
    expect(
      writes.map(
        (r) => `${r.method} ${r.path}?primaryKey=${r.query.primaryKey}`
      )
    ).toEqual(Array(3).fill("POST /indexes/product_v2/documents?primaryKey=id"))
    expect(writes.map((r) => documentsOf(r).map((d) => d.id))).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e"],
    ])
    expect(documentsOf(writes[0])[0].created_at).toBe(
      Date.parse("2026-11-01T00:00:00.000Z")
    )
    expect(task).toEqual({
      id: "0,1,2",
      index: "product_v2",
      status: "enqueued",
    })

    await expect(provider.waitForTask(task)).resolves.toMatchObject({
      status: "succeeded",
    })
    expect(
      meili.requests
        .filter((r) => r.path.startsWith("/tasks/"))
        .map((r) => r.path)
    ).toEqual(["/tasks/0", "/tasks/1", "/tasks/2"])
  })

  it("reports a failed batch with Meilisearch's message", async () => {
    meili.taskOutcome(1, {
      status: "failed",
      error: {
        code: "invalid_document_id",
        message: "Document identifier `a b` is invalid.",
      },
    })
    const task = await provider.upsertDocuments({
      index: "product_v2",
      definition,
      documents: ["a", "b", "c"].map(document),
    })

    expect(await provider.waitForTask(task)).toEqual({
      id: "1",
      index: "product_v2",
      status: "failed",
      error: {
        code: "invalid_document_id",
        message: "Document identifier `a b` is invalid.",
      },
    })
  })

  it("deletes by id through delete-batch, in batches, and anything else by filter", async () => {
    await provider.deleteDocuments({
      index: "product_v2",
      filters: { id: ["a", "b", "c"] },
    })
    await provider.deleteDocuments({
      index: "product_v2",
      filters: { producer_handle: "namanh-farm", ocop_stars: { $lt: 3 } },
    })

    expect(meili.writes().map((r) => [r.path, r.body])).toEqual([
      ["/indexes/product_v2/documents/delete-batch", ["a", "b"]],
      ["/indexes/product_v2/documents/delete-batch", ["c"]],
      [
        "/indexes/product_v2/documents/delete",
        { filter: 'producer_handle = "namanh-farm" AND ocop_stars < 3' },
      ],
    ])
  })

  it("deletes an event's ids only where the stored document was read no later than the event", async () => {
    await provider.deleteDocuments({
      index: "product_v2",
      filters: {
        id: ["prod_1", "prod_2"],
        read_at: { $lte: 1_795_000_000_000 },
      },
    })

    expect(meili.writes().map((r) => [r.path, r.body])).toEqual([
      [
        "/indexes/product_v2/documents/delete",
        {
          filter: 'id IN ["prod_1", "prod_2"] AND read_at <= 1795000000000',
        },
      ],
    ])
  })
})
