import { ProductStatus } from "@medusajs/framework/utils"
import { seedProducer, seedProduct } from "../../utils/catalogue"
import { createStoreContext, type StoreContext } from "../../utils/store"
import type { SuiteContext } from "../../utils/suite"

export function producersTests({ api, getContainer }: SuiteContext) {
  let store: StoreContext

  beforeEach(async () => {
    store = await createStoreContext(getContainer())
  })

  describe("GET /store/producers", () => {
    it("lists only verified producers, including one without products", async () => {
      const container = getContainer()
      const withProducts = await seedProducer(container, {
        name: "A HTX NamAnh",
      })
      const empty = await seedProducer(container, { name: "B Hộ Hồng Sấy" })
      await seedProducer(container, { name: "C Draft", status: "draft" })
      await seedProducer(container, {
        name: "D Submitted",
        status: "submitted",
      })
      await seedProducer(container, {
        name: "E Suspended",
        status: "suspended",
      })
      await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: withProducts.id,
      })
      await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: withProducts.id,
      })
      await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: withProducts.id,
        status: ProductStatus.DRAFT,
      })

      const response = await api.get("/store/producers", store)

      expect(response.status).toEqual(200)
      expect(response.data).toEqual({
        producers: [
          expect.objectContaining({
            id: withProducts.id,
            product_count: 2,
          }),
          expect.objectContaining({
            id: empty.id,
            product_count: 0,
          }),
        ],
        count: 2,
        limit: 20,
        offset: 0,
      })
      expect(Object.keys(response.data.producers[0]).sort()).toEqual(
        [
          "handle",
          "id",
          "kind",
          "name",
          "phone",
          "photos",
          "product_count",
          "province",
          "story_en",
          "story_vi",
          "village",
          "ward",
        ].sort()
      )
      expect(response.data.producers[0].phone).toEqual("+84912345678")
    })

    it("pages with limit and offset and reports the total count", async () => {
      const container = getContainer()
      for (const name of ["A", "B", "C", "D", "E"]) {
        await seedProducer(container, { name: `${name} producer` })
      }

      const first = await api.get("/store/producers?limit=2&offset=0", store)
      const last = await api.get("/store/producers?limit=2&offset=4", store)

      expect(first.data.count).toEqual(5)
      expect(first.data.producers.map((p) => p.name)).toEqual([
        "A producer",
        "B producer",
      ])
      expect(first.data).toMatchObject({ limit: 2, offset: 0 })
      expect(last.data.producers.map((p) => p.name)).toEqual(["E producer"])
      expect(last.data).toMatchObject({ count: 5, limit: 2, offset: 4 })
    })

    it.each(["limit=201", "limit=0", "offset=-1", "limit=abc", "colour=red"])(
      "refuses %s with a 400 naming the field",
      async (params) => {
        const error = await api
          .get(`/store/producers?${params}`, store)
          .catch((e) => e)

        expect(error.response.status).toEqual(400)
        expect(error.response.data.message).toMatch(params.split("=")[0])
      }
    )

    it("requires a publishable key like every store route", async () => {
      const error = await api.get("/store/producers").catch((e) => e)

      expect(error.response.status).toEqual(400)
    })
  })

  describe("GET /store/producers/:handle", () => {
    it("shows a verified producer with its visible products only", async () => {
      const container = getContainer()
      const producer = await seedProducer(container, { handle: "htx-namanh" })
      const shown = await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: producer.id,
        title: "Dâu tây NamAnh",
      })
      await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: producer.id,
        status: ProductStatus.DRAFT,
      })

      const response = await api.get("/store/producers/htx-namanh", store)

      expect(response.status).toEqual(200)
      expect(response.data.producer).toMatchObject({
        id: producer.id,
        handle: "htx-namanh",
      })
      expect(response.data.producer.products).toEqual([
        {
          id: shown.id,
          handle: shown.handle,
          title: "Dâu tây NamAnh",
          subtitle: "Đà Lạt",
          thumbnail: null,
        },
      ])
    })

    it("answers 404 for an unknown handle", async () => {
      const error = await api
        .get("/store/producers/no-such-producer", store)
        .catch((e) => e)

      expect(error.response.status).toEqual(404)
    })

    it("answers 404 for a producer that is not verified", async () => {
      await seedProducer(getContainer(), {
        handle: "htx-pending",
        status: "submitted",
      })

      const error = await api
        .get("/store/producers/htx-pending", store)
        .catch((e) => e)

      expect(error.response.status).toEqual(404)
    })
  })
}
