import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { seedProducer, seedProduct } from "../../utils/catalogue"
import { createStoreContext, type StoreContext } from "../../utils/store"
import type { SuiteContext } from "../../utils/suite"

const LINKED_FIELDS =
  "fields=id,title,+producer.handle,+producer.name,+ocop_certificate.*,+marketplace_listings.*"

export function linkedFieldsTests({ api, getContainer }: SuiteContext) {
  let store: StoreContext
  let admin: RequestHeaders

  beforeEach(async () => {
    store = await createStoreContext(getContainer())
    admin = await createAdminHeaders(getContainer())
  })

  describe("store products carry their producer, OCOP certificate and marketplace listings", () => {
    it("returns the linked records in list and retrieve when asked for", async () => {
      const container = getContainer()
      const producer = await seedProducer(container, {
        handle: "namanh-farm",
        name: "NamAnh farm",
      })
      const product = await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: producer.id,
      })
      await api.post(
        `/admin/products/${product.id}/ocop-certificate`,
        {
          stars: 4,
          decision_number: "DEMO-1/QĐ-UBND",
          issuing_level: "province",
          issued_at: "2025-03-01",
        },
        admin
      )
      await api.post(
        `/admin/products/${product.id}/marketplace-listings`,
        { marketplace: "voso", url: "https://voso.vn/demo/dau-tay" },
        admin
      )

      const list = await api.get(`/store/products?${LINKED_FIELDS}`, store)
      const retrieved = await api.get(
        `/store/products/${product.id}?${LINKED_FIELDS}`,
        store
      )

      for (const shown of [list.data.products[0], retrieved.data.product]) {
        expect(shown.producer).toEqual(
          expect.objectContaining({
            handle: "namanh-farm",
            name: "NamAnh farm",
          })
        )
        expect(shown.ocop_certificate).toEqual(
          expect.objectContaining({
            stars: 4,
            decision_number: "DEMO-1/QĐ-UBND",
          })
        )
        expect(
          new Date(shown.ocop_certificate.expires_at).toISOString().slice(0, 10)
        ).toEqual("2028-03-01")
        expect(shown.marketplace_listings).toEqual([
          expect.objectContaining({
            marketplace: "voso",
            url: "https://voso.vn/demo/dau-tay",
          }),
        ])
      }
    })
  })
}
