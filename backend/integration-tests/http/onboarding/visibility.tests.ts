import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { prepareMarketDefaults } from "../portal/portal-fixtures"
import {
  createCompleteDraft,
  signInOnboarder,
  type SignedInOnboarder,
} from "./onboarding-fixtures"
import type { SuiteContext } from "../../utils/suite"

// A producer's products reach shoppers (Store API, search, the producer pages the
// sitemap lists) only while it is verified. One test in this file on purpose: the search index
// is seeded once when the app starts, and the runner empties the database after each test.

async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000
): Promise<T> {
  const started = Date.now()
  let value = await read()
  while (!accept(value) && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    value = await read()
  }
  return value
}

export function visibilityTests({ api, getContainer }: SuiteContext) {
  let admin: RequestHeaders
  let onboarder: SignedInOnboarder
  let store: RequestHeaders

  beforeEach(async () => {
    const container = getContainer()
    const market = await prepareMarketDefaults(container)
    store = { headers: { "x-publishable-api-key": market.publishableKey } }
    admin = await createAdminHeaders(container)
    onboarder = await signInOnboarder(api, container)
  })

  describe("visibility follows the lifecycle", () => {
    it("hides a draft, submitted or suspended producer's published products from the store, search and producer pages; verifying shows them", async () => {
      const title = "Mứt hồng treo gió Xuân Thọ"
      const { producer, product } = await createCompleteDraft(
        api,
        onboarder,
        title
      )
      const storeIds = async () =>
        (await api.get("/store/products?limit=100", store)).data.products.map(
          (p) => p.id
        )
      const searchIds = async () => {
        const { data } = await api.post(
          "/store/search",
          {
            entity: "product",
            fields: ["id", "handle", "title"],
            filters: { q: "mứt hồng treo gió" },
            pagination: { take: 20 },
          },
          store
        )
        return data.results[0].hits.map((hit) => hit.document.id)
      }
      const producerPage = () =>
        api
          .get(`/store/producers/${producer.handle}`, store)
          .then((r) => r.status)
          .catch((e) => e.response.status)
      const producerList = async () =>
        (await api.get("/store/producers", store)).data.producers.map(
          (p) => p.id
        )
      const expectHidden = async () => {
        expect(await storeIds()).not.toContain(product.id)
        expect(await searchIds()).not.toContain(product.id)
        expect(await producerPage()).toEqual(404)
        expect(await producerList()).not.toContain(producer.id)
        const retrieve = await api
          .get(`/store/products/${product.id}`, store)
          .catch((e) => e.response)
        expect(retrieve.status).toEqual(404)
      }

      // The index is seeded in the background at start-up: wait until it answers.
      await eventually(
        () =>
          searchIds().then(
            () => true,
            () => false
          ),
        (ready) => ready,
        30_000
      )
      expect(product.status).toEqual("published")
      await expectHidden()

      await api.post(
        `/onboarding/producers/${producer.id}/submit`,
        {},
        onboarder
      )
      await expectHidden()

      await api.post(`/admin/producers/${producer.id}/verify`, {}, admin)
      expect(await storeIds()).toContain(product.id)
      expect(await producerPage()).toEqual(200)
      expect(
        await eventually(searchIds, (ids) => ids.includes(product.id))
      ).toContain(product.id)

      await api.post(
        `/admin/producers/${producer.id}/suspend`,
        { reason: "Khiếu nại về chất lượng" },
        admin
      )
      expect(
        await eventually(searchIds, (ids) => !ids.includes(product.id))
      ).not.toContain(product.id)
      await expectHidden()

      await api.post(`/admin/producers/${producer.id}/reinstate`, {}, admin)
      expect(await storeIds()).toContain(product.id)
    })
  })
}
