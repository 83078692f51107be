import { ProductStatus } from "@medusajs/framework/utils"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { seedProducer, seedProduct } from "../../utils/catalogue"
import { createStoreContext, type StoreContext } from "../../utils/store"
import type { SuiteContext } from "../../utils/suite"

export function visibilityTests({ api, getContainer }: SuiteContext) {
  let store: StoreContext
  let admin: RequestHeaders

  beforeEach(async () => {
    store = await createStoreContext(getContainer())
    admin = await createAdminHeaders(getContainer())
  })

  const listedIds = async (query = "") => {
    const response = await api.get(`/store/products${query}`, store)
    return response.data.products.map((product) => product.id).sort()
  }

  const retrieveStatus = (id: string) =>
    api.get(`/store/products/${id}`, store).then(
      (response) => response.status,
      (error) => error.response.status
    )

  describe("one visibility rule: verified producer and published product", () => {
    it("shows the published products of a verified producer in list and retrieve", async () => {
      const container = getContainer()
      const producer = await seedProducer(container)
      const product = await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: producer.id,
      })

      const list = await api.get("/store/products", store)

      expect(list.data.products.map((p) => p.id)).toEqual([product.id])
      expect(list.data.count).toEqual(1)
      expect(await retrieveStatus(product.id)).toEqual(200)
    })

    it("hides a draft product of a verified producer", async () => {
      const container = getContainer()
      const producer = await seedProducer(container)
      const draft = await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: producer.id,
        status: ProductStatus.DRAFT,
      })

      expect(await listedIds()).toEqual([])
      expect(await retrieveStatus(draft.id)).toEqual(404)
    })

    it("hides a product that has no producer yet", async () => {
      const orphan = await seedProduct(getContainer(), {
        salesChannelId: store.salesChannelId,
      })

      expect(await listedIds()).toEqual([])
      expect(await retrieveStatus(orphan.id)).toEqual(404)
    })

    it.each(["draft", "submitted", "suspended"] as const)(
      "hides the products of a %s producer from list, retrieve and the producer page",
      async (status) => {
        const container = getContainer()
        const producer = await seedProducer(container, {
          status,
          handle: `htx-${status}`,
        })
        const product = await seedProduct(container, {
          salesChannelId: store.salesChannelId,
          producerId: producer.id,
        })

        expect(await listedIds()).toEqual([])
        expect(await listedIds(`?id=${product.id}`)).toEqual([])
        expect(await retrieveStatus(product.id)).toEqual(404)
        const page = await api
          .get(`/store/producers/htx-${status}`, store)
          .catch((e) => e)
        expect(page.response.status).toEqual(404)
      }
    )

    it("shows the products once an officer verifies the producer, and hides them on suspension", async () => {
      const container = getContainer()
      const producer = await seedProducer(container, {
        status: "submitted",
        handle: "htx-xuan-tho",
      })
      const product = await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: producer.id,
      })
      expect(await retrieveStatus(product.id)).toEqual(404)

      const verified = await api.post(
        `/admin/producers/${producer.id}/verify`,
        {},
        admin
      )
      expect(verified.status).toEqual(200)
      expect(verified.data.producer.status).toEqual("verified")

      expect(await listedIds()).toEqual([product.id])
      expect(await retrieveStatus(product.id)).toEqual(200)
      const page = await api.get("/store/producers/htx-xuan-tho", store)
      expect(page.data.producer.products.map((p) => p.id)).toEqual([product.id])

      await api.post(
        `/admin/producers/${producer.id}/suspend`,
        { reason: "Giấy chứng nhận OCOP đã hết hạn" },
        admin
      )

      expect(await listedIds()).toEqual([])
      expect(await retrieveStatus(product.id)).toEqual(404)
    })

    it("keeps an explicit id filter narrowed to visible products", async () => {
      const container = getContainer()
      const verified = await seedProducer(container)
      const pending = await seedProducer(container, { status: "submitted" })
      const shown = await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: verified.id,
      })
      const hidden = await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: pending.id,
      })

      expect(await listedIds(`?id[]=${shown.id}&id[]=${hidden.id}`)).toEqual([
        shown.id,
      ])
    })
  })

  describe("admin producer routes", () => {
    it("refuses an officer's producer with an invalid phone, naming the problem", async () => {
      const error = await api
        .post(
          "/admin/producers",
          {
            handle: "htx-moi",
            name: "HTX Mới",
            kind: "cooperative",
            phone: "12345",
          },
          admin
        )
        .catch((e) => e)

      expect(error.response.status).toEqual(400)
      expect(error.response.data.message).toMatch(
        /not a Vietnamese phone number/
      )
      expect(error.response.data.errors).toEqual([
        {
          field: "phone",
          message: expect.stringMatching(/not a Vietnamese phone number/),
        },
      ])
    })

    it("refuses a handle that is taken", async () => {
      await seedProducer(getContainer(), { handle: "htx-namanh" })

      const error = await api
        .post(
          "/admin/producers",
          {
            handle: "htx-namanh",
            name: "Other",
            kind: "farm",
            phone: "0912345678",
          },
          admin
        )
        .catch((e) => e)

      expect(error.response.status).toEqual(422)
      expect(error.response.data.message).toMatch(/already exists/)
    })

    it("creates a draft producer with an E.164 phone and links products to it", async () => {
      const created = await api.post(
        "/admin/producers",
        {
          handle: "htx-moi",
          name: "HTX Mới",
          kind: "cooperative",
          phone: "0382 123 456",
        },
        admin
      )
      expect(created.status).toEqual(200)
      expect(created.data.producer).toMatchObject({
        status: "draft",
        phone: "+84382123456",
      })

      const product = await seedProduct(getContainer(), {
        salesChannelId: store.salesChannelId,
      })
      const linked = await api.post(
        `/admin/producers/${created.data.producer.id}/products`,
        { add: [product.id] },
        admin
      )
      expect(linked.status).toEqual(200)
      expect(linked.data.producer.products.map((p) => p.id)).toEqual([
        product.id,
      ])

      const list = await api.get("/admin/producers?status=draft", admin)
      expect(list.data.producers.map((p) => p.id)).toEqual([
        created.data.producer.id,
      ])
    })

    it("moves a product to its new producer instead of giving it two", async () => {
      const container = getContainer()
      const first = await seedProducer(container)
      const second = await seedProducer(container)
      const product = await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: first.id,
      })

      await api.post(
        `/admin/producers/${second.id}/products`,
        { add: [product.id] },
        admin
      )

      const before = await api.get(`/admin/producers/${first.id}`, admin)
      const after = await api.get(`/admin/producers/${second.id}`, admin)
      expect(before.data.producer.products).toEqual([])
      expect(after.data.producer.products.map((p) => p.id)).toEqual([
        product.id,
      ])
    })

    it("refuses admin routes without a signed-in officer", async () => {
      const error = await api.get("/admin/producers").catch((e) => e)

      expect(error.response.status).toEqual(401)
    })
  })

  describe("POST /admin/products/:id/ocop-certificate", () => {
    it("creates the certificate with a 36-month expiry, then updates the same one", async () => {
      const product = await seedProduct(getContainer(), {
        salesChannelId: store.salesChannelId,
      })

      const created = await api.post(
        `/admin/products/${product.id}/ocop-certificate`,
        {
          stars: 4,
          decision_number: "1234/QĐ-UBND",
          issuing_level: "province",
          issued_at: "2024-05-20T00:00:00.000Z",
        },
        admin
      )
      expect(created.status).toEqual(200)
      expect(created.data.ocop_certificate).toMatchObject({
        stars: 4,
        expires_at: "2027-05-20T00:00:00.000Z",
      })

      const updated = await api.post(
        `/admin/products/${product.id}/ocop-certificate`,
        {
          stars: 5,
          decision_number: "99/QĐ-BNN",
          issuing_level: "national",
          issued_at: "2025-01-02T00:00:00.000Z",
        },
        admin
      )
      expect(updated.data.ocop_certificate).toMatchObject({
        id: created.data.ocop_certificate.id,
        stars: 5,
        issuing_level: "national",
      })
    })

    it("refuses stars outside 3 to 5", async () => {
      const product = await seedProduct(getContainer(), {
        salesChannelId: store.salesChannelId,
      })

      const error = await api
        .post(
          `/admin/products/${product.id}/ocop-certificate`,
          {
            stars: 6,
            decision_number: "1",
            issuing_level: "province",
            issued_at: "2024-01-01",
          },
          admin
        )
        .catch((e) => e)

      expect(error.response.status).toEqual(400)
      expect(error.response.data.message).toMatch(/3 to 5/)
    })
  })
}
