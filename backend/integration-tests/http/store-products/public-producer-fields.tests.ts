import { seedProducer, seedProduct } from "../../utils/catalogue"
import { createStoreContext, type StoreContext } from "../../utils/store"
import type { SuiteContext } from "../../utils/suite"

// The storefront's own producer fields (storefront/src/lib/data/catalogue/products.ts).
const STOREFRONT_PRODUCER_FIELDS = [
  "id",
  "handle",
  "name",
  "kind",
  "village",
  "ward",
  "province",
  "story_vi",
  "story_en",
  "phone",
]
  .map((field) => `+producer.${field}`)
  .join(",")

const PAPERWORK = [
  "consent_given_by",
  "consent_method",
  "consent_at",
  "onboarder_id",
  "onboarder",
]

export function publicProducerFieldsTests({ api, getContainer }: SuiteContext) {
  let store: StoreContext
  let productId: string

  beforeEach(async () => {
    const container = getContainer()
    store = await createStoreContext(container)
    const producer = await seedProducer(container, {
      handle: "htx-giay-to",
      consent_given_by: "Nguyễn Văn A",
      consent_method: "signed_form",
      consent_at: new Date("2026-01-02T03:04:05Z"),
    })
    const product = await seedProduct(container, {
      salesChannelId: store.salesChannelId,
      producerId: producer.id,
    })
    productId = product.id
  })

  const expectNoPaperwork = (body: unknown) => {
    const text = JSON.stringify(body)
    for (const key of PAPERWORK) {
      expect(text).not.toContain(`"${key}"`)
    }
    expect(text).not.toContain("Nguyễn Văn A")
  }

  describe("store products show only a producer's public fields", () => {
    it("serves the storefront's own producer field list", async () => {
      const list = await api.get(
        `/store/products?fields=id,title,${STOREFRONT_PRODUCER_FIELDS}`,
        store
      )
      const retrieved = await api.get(
        `/store/products/${productId}?fields=id,title,${STOREFRONT_PRODUCER_FIELDS}`,
        store
      )

      expect(list.status).toEqual(200)
      expect(retrieved.status).toEqual(200)
      for (const shown of [list.data.products[0], retrieved.data.product]) {
        expect(shown.producer).toMatchObject({
          handle: "htx-giay-to",
          phone: "+84912345678",
        })
      }
      expectNoPaperwork(list.data)
      expectNoPaperwork(retrieved.data)
      expect(retrieved.data.product.producer.status).toBeUndefined()
    })

    it.each([
      "+producer.consent_method",
      "+producer.onboarder_id",
      "+producer.*",
      "producer.*",
      "*producer",
      "+producer",
      "+producer.onboarder.*",
      "+producer.status",
    ])("refuses %s with a 400 naming it", async (field) => {
      for (const path of ["/store/products", `/store/products/${productId}`]) {
        const error = await api
          .get(`${path}?fields=id,${encodeURIComponent(field)}`, store)
          .catch((e) => e)

        expect(error.response?.status).toEqual(400)
        expect(error.response.data.message).toContain(field.replace(/^\+/, ""))
      }
    })
  })

  describe("store producers show only public fields", () => {
    it("never answers with consent or onboarder fields", async () => {
      const list = await api.get("/store/producers", store)
      const page = await api.get("/store/producers/htx-giay-to", store)

      expect(list.data.producers[0].handle).toEqual("htx-giay-to")
      expect(page.data.producer.handle).toEqual("htx-giay-to")
      expectNoPaperwork(list.data)
      expectNoPaperwork(page.data)
      expect(page.data.producer.status).toBeUndefined()
    })

    it("narrows to the requested public fields", async () => {
      const page = await api.get(
        "/store/producers/htx-giay-to?fields=name,phone",
        store
      )

      expect(Object.keys(page.data.producer).sort()).toEqual(
        ["handle", "id", "name", "phone", "products"].sort()
      )
    })

    it.each(["consent_method", "onboarder_id", "status", "*"])(
      "refuses fields=%s with a 400 naming it",
      async (field) => {
        for (const path of [
          "/store/producers",
          "/store/producers/htx-giay-to",
        ]) {
          const error = await api
            .get(`${path}?fields=name,${encodeURIComponent(field)}`, store)
            .catch((e) => e)

          expect(error.response?.status).toEqual(400)
          expect(error.response.data.message).toContain(
            `fields: ${field} is not public`
          )
        }
      }
    )
  })
}
