import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  bodyOf,
  startFakeMeilisearch,
  type FakeMeilisearch,
} from "../../../src/modules/providers/meilisearch/__tests__/fake-meilisearch"
import { createStoreContext, type StoreContext } from "../../utils/store"

// The whole app on our Meilisearch provider, against a local node:http server standing in for
// Meilisearch (none can run here): the store route goes through the provider, and when
// Meilisearch stops answering, search says so while browsing keeps working.
// medusa-config reads the environment when the runner loads it, before any hook runs: the
// stand-in's address is fixed here and the server listens on it before the app boots.
const FAKE_PORT = Number(process.env.TEST_PG_PORT ?? 54329) + 10_000
process.env.MEILISEARCH_HOST = `http://127.0.0.1:${FAKE_PORT}`
process.env.MEILISEARCH_API_KEY = "test-master-key"
let meili: FakeMeilisearch
beforeAll(async () => {
  meili = await startFakeMeilisearch(FAKE_PORT)
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("store search on the Meilisearch provider (fake Meilisearch server)", () => {
      let store: StoreContext

      beforeAll(async () => {
        store = await createStoreContext(getContainer())
      })
      afterAll(() => meili.close())

      const search = (q: string) =>
        api.post(
          "/store/search",
          {
            entity: "product",
            fields: ["id", "handle", "title"],
            filters: { q, ocop_stars: { $gte: 4 } },
            pagination: {
              take: 6,
              order: { _score: "DESC", title_length: "ASC" },
            },
            search_options: { typo_tolerance: false, facets: ["ocop_stars"] },
          },
          { ...store, validateStatus: () => true }
        )

      it("migrated the product index on Meilisearch and sends shoppers' queries to it", async () => {
        const created = meili.requests.find(
          (r) => r.method === "POST" && r.path === "/indexes"
        )
        expect(bodyOf(created).uid).toMatch(/^product/)
        expect(created?.authorization).toBe("Bearer test-master-key")

        const response = await search("dau tay")

        expect(response.status).toBe(200)
        expect(response.data.results[0].metadata.count).toBe(0)
        const sent = meili.requests
          .filter((r) => r.path === "/multi-search")
          .at(-1)
        expect(bodyOf(sent).queries?.[0]).toMatchObject({
          indexUid: bodyOf(created).uid,
          q: '"dau" "tay"',
          facets: ["ocop_stars"],
          limit: 6,
        })
        // The route scopes the query to published products of the key's sales channels.
        expect(bodyOf(sent).queries?.[0].filter).toContain("ocop_stars >= 4")
        expect(bodyOf(sent).queries?.[0].filter).toContain(store.salesChannelId)
      })

      it("answers a clear error when Meilisearch is down, and products can still be browsed", async () => {
        await meili.close()

        const response = await search("dau tay")

        expect(response.status).toBe(500)
        expect(response.data.message).toMatch(
          /^Search is unavailable right now: Meilisearch did not answer while searching/
        )
        const browse = await api.get("/store/products", store)
        expect(browse.status).toBe(200)
      })
    })
  },
})
