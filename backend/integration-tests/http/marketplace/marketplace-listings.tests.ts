import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { seedProducer, seedProduct } from "../../utils/catalogue"
import { createStoreContext, type StoreContext } from "../../utils/store"
import type { SuiteContext } from "../../utils/suite"

export function marketplaceListingsTests({
  api,
  getContainer,
  dbConnection,
}: SuiteContext) {
  let store: StoreContext
  let admin: RequestHeaders
  let productId: string

  beforeEach(async () => {
    const container = getContainer()
    store = await createStoreContext(container)
    admin = await createAdminHeaders(container)
    const producer = await seedProducer(container)
    const product = await seedProduct(container, {
      salesChannelId: store.salesChannelId,
      producerId: producer.id,
    })
    productId = product.id
  })

  const addListing = (marketplace: string, url: string) =>
    api.post(
      `/admin/products/${productId}/marketplace-listings`,
      { marketplace, url },
      admin
    )

  const countClicks = async (listingId: string) => {
    const rows = await dbConnection.raw(
      "select count(*)::int as count from listing_click where listing_id = ?",
      [listingId]
    )
    return rows.rows[0].count
  }

  describe("POST /admin/products/:id/marketplace-listings", () => {
    it.each([
      ["voso", "https://voso.vn/dau-tay-namanh-p123"],
      ["voso", "https://www.voso.vn/dau-tay-namanh-p123"],
      ["postmart", "https://postmart.vn/hong-say-gio"],
      ["postmart", "https://www.postmart.vn/san-pham/hong-say-gio"],
    ])("accepts a %s listing at %s", async (marketplace, url) => {
      const response = await addListing(marketplace, url)

      expect(response.status).toEqual(200)
      expect(response.data.marketplace_listing).toMatchObject({
        marketplace,
        url,
      })
    })

    it.each([
      ["voso", "http://voso.vn/dau-tay", /https:\/\//],
      [
        "voso",
        "https://voso.vn.evil.example/dau-tay",
        /voso\.vn or www\.voso\.vn/,
      ],
      ["voso", "https://voso.vn@evil.example/dau-tay", /user name/],
      ["voso", "https://shopee.vn/dau-tay", /not "shopee\.vn"/],
      ["voso", "https://postmart.vn/dau-tay", /not "postmart\.vn"/],
      [
        "postmart",
        "https://postmart.vn.evil.example/",
        /postmart\.vn or www\.postmart\.vn/,
      ],
      ["postmart", "https://www.postmart.vn:8443/", /port/],
    ])(
      "refuses a %s listing at %s with a 400 saying why",
      async (marketplace, url, reason) => {
        const error = await addListing(marketplace, url).catch((e) => e)

        expect(error.response.status).toEqual(400)
        expect(error.response.data.message).toMatch(reason)
      }
    )

    it("refuses an unknown marketplace", async () => {
      const error = await addListing("shopee", "https://shopee.vn/").catch(
        (e) => e
      )

      expect(error.response.status).toEqual(400)
      expect(error.response.data.message).toMatch(/marketplace/)
    })

    it("answers 404 for an unknown product", async () => {
      const error = await api
        .post(
          "/admin/products/prod_missing/marketplace-listings",
          { marketplace: "voso", url: "https://voso.vn/x" },
          admin
        )
        .catch((e) => e)

      expect(error.response.status).toEqual(404)
    })
  })

  describe("POST /store/marketplace-listings/:id/click", () => {
    it("records one persisted click per request and answers the marketplace URL", async () => {
      const { data } = await addListing(
        "voso",
        "https://voso.vn/dau-tay-namanh-p123"
      )
      const listingId = data.marketplace_listing.id

      const first = await api.post(
        `/store/marketplace-listings/${listingId}/click`,
        { locale: "vi" },
        store
      )
      await api.post(
        `/store/marketplace-listings/${listingId}/click`,
        {},
        store
      )
      await api.post(
        `/store/marketplace-listings/${listingId}/click`,
        undefined,
        store
      )

      expect(first.status).toEqual(200)
      expect(first.data).toEqual({
        url: "https://voso.vn/dau-tay-namanh-p123",
      })
      expect(await countClicks(listingId)).toEqual(3)
      const locales = await dbConnection.raw(
        "select locale from listing_click where listing_id = ? order by clicked_at",
        [listingId]
      )
      expect(locales.rows.map((row) => row.locale)).toEqual(["vi", null, null])
    })

    it("answers 404 for an unknown listing and records nothing", async () => {
      const error = await api
        .post("/store/marketplace-listings/mkl_missing/click", {}, store)
        .catch((e) => e)

      expect(error.response.status).toEqual(404)
      const rows = await dbConnection.raw(
        "select count(*)::int as count from listing_click"
      )
      expect(rows.rows[0].count).toEqual(0)
    })

    it("answers 404 for a listing whose product is hidden from shoppers", async () => {
      const container = getContainer()
      const pending = await seedProducer(container, { status: "submitted" })
      const hidden = await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: pending.id,
      })
      const { data } = await api.post(
        `/admin/products/${hidden.id}/marketplace-listings`,
        { marketplace: "postmart", url: "https://postmart.vn/hong" },
        admin
      )

      const error = await api
        .post(
          `/store/marketplace-listings/${data.marketplace_listing.id}/click`,
          {},
          store
        )
        .catch((e) => e)

      expect(error.response.status).toEqual(404)
      expect(await countClicks(data.marketplace_listing.id)).toEqual(0)
    })

    it("answers 404 once the listing is deleted, keeping the clicks already counted", async () => {
      const { data } = await addListing("voso", "https://voso.vn/dau-tay")
      const listingId = data.marketplace_listing.id
      await api.post(
        `/store/marketplace-listings/${listingId}/click`,
        {},
        store
      )

      const deleted = await api.delete(
        `/admin/marketplace-listings/${listingId}`,
        admin
      )
      const error = await api
        .post(`/store/marketplace-listings/${listingId}/click`, {}, store)
        .catch((e) => e)

      expect(deleted.status).toEqual(200)
      expect(deleted.data).toEqual({
        id: listingId,
        object: "marketplace_listing",
        deleted: true,
      })
      expect(error.response.status).toEqual(404)
      expect(await countClicks(listingId)).toEqual(1)
    })

    it("refuses a malformed locale", async () => {
      const { data } = await addListing("voso", "https://voso.vn/dau-tay")

      const error = await api
        .post(
          `/store/marketplace-listings/${data.marketplace_listing.id}/click`,
          { locale: "<script>" },
          store
        )
        .catch((e) => e)

      expect(error.response.status).toEqual(400)
    })
  })
}
