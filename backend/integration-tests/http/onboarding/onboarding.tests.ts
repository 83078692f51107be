import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sharp from "sharp"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { prepareMarketDefaults } from "../portal/portal-fixtures"
import {
  CONSENT,
  createCompleteDraft,
  createDraft,
  producerIn,
  refusal,
  signInOnboarder,
  type SignedInOnboarder,
} from "./onboarding-fixtures"
import type { SuiteContext } from "../../utils/suite"

// What a tech-team volunteer does through /onboarding/* — register a producer with
// its consent, add products, certificates and links, see the checklist, submit.

export function onboardingTests({ api, getContainer }: SuiteContext) {
  let admin: RequestHeaders
  let onboarder: SignedInOnboarder
  let market: Awaited<ReturnType<typeof prepareMarketDefaults>>

  beforeEach(async () => {
    const container = getContainer()
    market = await prepareMarketDefaults(container)
    admin = await createAdminHeaders(container)
    onboarder = await signInOnboarder(api, container)
  })

  describe("registering a producer", () => {
    it("creates a draft with an E.164 phone, the address dataset's names and a consent stamped by the server", async () => {
      const before = Date.now()
      const { status, data } = await api.post(
        "/onboarding/producers",
        {
          name: "HTX Dâu tây Xuân Thọ",
          kind: "cooperative",
          phone: "0912 345 678",
          consent: { ...CONSENT, given_at: "2001-01-01T00:00:00Z" },
          village: "Thôn Xuân Thành",
          province: "Tỉnh Lâm Đồng",
          ward: "phuong xuan truong - da lat",
          story_vi: "Dâu tây trồng trong nhà kính.",
          photos: ["https://example.com/vuon-dau.jpg"],
        },
        onboarder
      )

      expect(status).toEqual(200)
      expect(data.producer).toMatchObject({
        name: "HTX Dâu tây Xuân Thọ",
        kind: "cooperative",
        status: "draft",
        phone: "+84912345678",
        province: "Lâm Đồng",
        ward: "Phường Xuân Trường - Đà Lạt",
        village: "Thôn Xuân Thành",
        photos: ["https://example.com/vuon-dau.jpg"],
        consent: { given_by: "Nguyễn Văn An", method: "signed_form" },
        products: [],
      })
      expect(data.producer.handle).toMatch(/^htx-dau-tay-xuan-tho-[a-z0-9]{4}$/)
      expect(Date.parse(data.producer.consent.given_at)).toBeGreaterThanOrEqual(
        before - 1000
      )
      expect(data.producer.checklist.ready).toBe(false)
    })

    it.each([
      ["no consent", { consent: undefined }, /consent/],
      [
        "a consent without its method",
        { consent: { given_by: "An" } },
        /consent/,
      ],
      [
        "an unknown consent method",
        { consent: { given_by: "An", method: "email" } },
        /method/,
      ],
      ["phone 12345", { phone: "12345" }, /phone/],
      ["no phone", { phone: undefined }, /phone/],
      ["an unknown kind", { kind: "shop" }, /kind/],
      [
        "a province outside the 2025 list",
        { province: "Tỉnh Đà Lạt", ward: "Xuân Trường" },
        /province/,
      ],
      [
        "a ward of another province",
        { province: "Lâm Đồng", ward: "Phường Bến Nghé" },
        /ward/,
      ],
    ])(
      "refuses %s with 400 naming the field, and writes nothing",
      async (_case, overrides, field) => {
        const body = {
          name: "HTX Thiếu",
          kind: "farm",
          phone: "0912345678",
          consent: CONSENT,
          ...overrides,
        }
        const response = await refusal(
          api.post("/onboarding/producers", body, onboarder)
        )

        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(field)
        // The wizard marks the input from `field`, so each problem names its own.
        expect(response.data.errors).toContainEqual({
          field: expect.stringMatching(field),
          message: expect.any(String),
        })
        const { data } = await api.get("/onboarding/producers", onboarder)
        expect(data.count).toEqual(0)
      }
    )

    it("lists only the volunteer's own producers; another volunteer's are 404", async () => {
      const mine = await createDraft(api, onboarder)
      const other = await signInOnboarder(api, getContainer())
      const theirs = await createDraft(api, other)

      const { data } = await api.get("/onboarding/producers", onboarder)
      expect(data.producers.map((p) => p.id)).toEqual([mine.id])

      for (const url of [
        `/onboarding/producers/${theirs.id}`,
        `/onboarding/producers/${theirs.id}/checklist`,
      ]) {
        const response = await refusal(api.get(url, onboarder))
        expect(response.status).toEqual(404)
        expect(JSON.stringify(response.data)).not.toContain(theirs.name)
      }
    })
  })

  describe("checklist and submitting", () => {
    it("names what is missing, refuses to submit with the list, then submits once complete", async () => {
      const producer = await createDraft(api, onboarder)

      const { data } = await api.get(
        `/onboarding/producers/${producer.id}/checklist`,
        onboarder
      )
      expect(data.checklist.ready).toBe(false)
      expect(data.checklist.missing).toEqual([
        "ward",
        "province",
        "product_with_price",
      ])
      expect(
        data.checklist.items.filter((item) => !item.required).map((i) => i.key)
      ).toEqual(["story", "photos", "certificates", "marketplace_links"])

      const refused = await refusal(
        api.post(`/onboarding/producers/${producer.id}/submit`, {}, onboarder)
      )
      expect(refused.status).toEqual(400)
      expect(refused.data.missing).toEqual([
        "ward",
        "province",
        "product_with_price",
      ])
      expect(refused.data.message).toContain(
        "at least one product with a price"
      )

      await api.post(
        `/onboarding/producers/${producer.id}`,
        { province: "Lâm Đồng", ward: "Phường Xuân Trường - Đà Lạt" },
        onboarder
      )
      await api.post(
        `/onboarding/producers/${producer.id}/products`,
        {
          title: "Mứt dâu",
          variants: [{ title: "Hộp 500g", price: 85000, stock: 3 }],
        },
        onboarder
      )

      const submitted = await api.post(
        `/onboarding/producers/${producer.id}/submit`,
        {},
        onboarder
      )
      expect(submitted.status).toEqual(200)
      expect(submitted.data.producer.status).toEqual("submitted")
      expect(submitted.data.producer.checklist.ready).toBe(true)
    })
  })

  describe("products, certificates and marketplace links", () => {
    it("adds a published product with VND prices, stock at the market's location and its sales channel and shipping profile", async () => {
      const { producer, product } = await createCompleteDraft(
        api,
        onboarder,
        "Mứt dâu tây"
      )

      expect(product).toMatchObject({
        title: "Mứt dâu tây",
        status: "published",
        visible_to_shoppers: false,
        variants: [{ title: "Hộp 500g", price: 85000, stock: 12 }],
        ocop_certificate: null,
        marketplace_listings: [],
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: [
          "sales_channels.id",
          "shipping_profile.id",
          "producer.id",
          "variants.inventory_items.inventory.location_levels.location_id",
          "variants.prices.currency_code",
        ],
        filters: { id: product.id },
      })
      // Typed here: the generated query types may not know the producer link yet.
      const stored = data as unknown as {
        sales_channels: { id: string }[]
        shipping_profile: { id: string }
        producer: { id: string }
        variants: {
          inventory_items: {
            inventory: { location_levels: { location_id: string }[] }
          }[]
          prices: { currency_code: string }[]
        }[]
      }[]
      expect(stored[0].sales_channels.map((c: { id: string }) => c.id)).toEqual(
        [market.salesChannelId]
      )
      expect(stored[0].shipping_profile.id).toEqual(market.shippingProfileId)
      expect(stored[0].producer.id).toEqual(producer.id)
      expect(
        stored[0].variants[0].inventory_items[0].inventory.location_levels[0]
          .location_id
      ).toEqual(market.stockLocationId)
      expect(stored[0].variants[0].prices[0].currency_code).toEqual("vnd")

      const draft = await api.post(
        `/onboarding/producers/${producer.id}/products`,
        {
          title: "Dâu sấy",
          status: "draft",
          variants: [{ title: "Gói 200g", price: 60000, stock: 0 }],
        },
        onboarder
      )
      expect(draft.data.product.status).toEqual("draft")
    })

    it("refuses a product without a priced variant, naming the field", async () => {
      const producer = await createDraft(api, onboarder)
      for (const body of [
        { title: "Mứt", variants: [] },
        { title: "Mứt", variants: [{ title: "Hộp", price: 0, stock: 1 }] },
        { title: "", variants: [{ title: "Hộp", price: 1000, stock: 1 }] },
      ]) {
        const response = await refusal(
          api.post(
            `/onboarding/producers/${producer.id}/products`,
            body,
            onboarder
          )
        )
        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(/variants|price|title/)
      }
    })

    it("records an OCOP certificate with its photo and a voso link, and refuses a link to another site", async () => {
      const { producer, product } = await createCompleteDraft(api, onboarder)

      const certified = await api.post(
        `/onboarding/producers/${producer.id}/products/${product.id}/certificate`,
        {
          stars: 4,
          decision_number: "1234/QĐ-UBND",
          issuing_level: "province",
          issued_at: "2025-06-30",
          image_url: "https://example.com/giay-chung-nhan.jpg",
        },
        onboarder
      )
      expect(certified.data.product.ocop_certificate).toMatchObject({
        stars: 4,
        decision_number: "1234/QĐ-UBND",
        issuing_level: "province",
        image_url: "https://example.com/giay-chung-nhan.jpg",
      })

      const linked = await api.post(
        `/onboarding/producers/${producer.id}/products/${product.id}/marketplace-listings`,
        { marketplace: "voso", url: "https://voso.vn/mut-dau" },
        onboarder
      )
      expect(linked.data.product.marketplace_listings).toEqual([
        expect.objectContaining({
          marketplace: "voso",
          url: "https://voso.vn/mut-dau",
        }),
      ])

      const foreign = await refusal(
        api.post(
          `/onboarding/producers/${producer.id}/products/${product.id}/marketplace-listings`,
          { marketplace: "voso", url: "https://shopee.vn/mut-dau" },
          onboarder
        )
      )
      expect(foreign.status).toEqual(400)

      const badStars = await refusal(
        api.post(
          `/onboarding/producers/${producer.id}/products/${product.id}/certificate`,
          { stars: 7, decision_number: "1", issued_at: "2025-06-30" },
          onboarder
        )
      )
      expect(badStars.status).toEqual(400)

      const { data } = await api.get(
        `/onboarding/producers/${producer.id}/checklist`,
        onboarder
      )
      expect(
        data.checklist.items.filter((item) => item.done).map((item) => item.key)
      ).toEqual(expect.arrayContaining(["certificates", "marketplace_links"]))
    })
  })

  describe("photos", () => {
    it("accepts photos from the phone as resized WebP files and refuses what is not a picture", async () => {
      const photo = await sharp({
        create: {
          width: 2400,
          height: 1600,
          channels: 3,
          background: { r: 200, g: 30, b: 60 },
        },
      })
        .jpeg()
        .toBuffer()
      const form = new FormData()
      form.append(
        "files",
        new Blob([photo], { type: "image/jpeg" }),
        "vuon.jpg"
      )
      form.append(
        "files",
        new Blob([photo], { type: "image/jpeg" }),
        "giay.jpg"
      )

      const { status, data } = await api.post(
        "/onboarding/uploads",
        form,
        onboarder
      )

      expect(status).toEqual(200)
      expect(data.files).toHaveLength(2)
      expect(data.files[0].url).toMatch(/\.webp$/)

      const text = new FormData()
      text.append(
        "files",
        new Blob(["không phải ảnh"], { type: "image/jpeg" }),
        "a.jpg"
      )
      const refused = await refusal(
        api.post("/onboarding/uploads", text, onboarder)
      )
      expect(refused.status).toEqual(400)
      expect(refused.data.message).toContain("file")

      const empty = await refusal(
        api.post("/onboarding/uploads", {}, onboarder)
      )
      expect(empty.status).toEqual(400)
    })
  })

  describe("who owns the data after verification", () => {
    it("lets the volunteer edit and invite until an officer verifies, then answers 403 to both", async () => {
      const { producer, product } = await producerIn(
        api,
        onboarder,
        admin,
        "submitted"
      )
      const edited = await api.post(
        `/onboarding/producers/${producer.id}`,
        { story_vi: "Câu chuyện mới" },
        onboarder
      )
      expect(edited.data.producer.story_vi).toEqual("Câu chuyện mới")

      await api.post(`/admin/producers/${producer.id}/verify`, {}, admin)

      // Each refusal is caught as it is made, so none goes unhandled while another is read.
      const refusals = await Promise.all(
        [
          api.post(
            `/onboarding/producers/${producer.id}`,
            { story_vi: "Sửa sau khi duyệt" },
            onboarder
          ),
          api.post(
            `/onboarding/producers/${producer.id}/products`,
            {
              title: "Thêm",
              variants: [{ title: "1kg", price: 1000, stock: 1 }],
            },
            onboarder
          ),
          api.post(
            `/onboarding/producers/${producer.id}/products/${product.id}/marketplace-listings`,
            { marketplace: "postmart", url: "https://postmart.vn/mut-dau" },
            onboarder
          ),
        ].map(refusal)
      )
      for (const response of refusals) {
        expect(response.status).toEqual(403)
        expect(response.data.message).toContain("verified")
      }
      const { data } = await api.get(
        `/onboarding/producers/${producer.id}`,
        onboarder
      )
      expect(data.producer.story_vi).toEqual("Câu chuyện mới")
      expect(data.producer.products).toHaveLength(1)

      // A portal login opens prices, stock and shoppers' addresses: officers add people now.
      const invite = await refusal(
        api.post(
          `/onboarding/producers/${producer.id}/invites`,
          { email: "thanhvien@htx.test" },
          onboarder
        )
      )
      expect(invite.status).toEqual(403)
      expect(invite.data.message).toContain("commune officer")
      const byOfficer = await api.post(
        `/admin/producers/${producer.id}/invites`,
        { email: "thanhvien@htx.test" },
        admin
      )
      expect(byOfficer.data.invite.url).toContain("/vi/portal/invite/")
    })
  })
}
