import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import applyStoredBusinessRules from "../../../src/migration-scripts/apply-stored-business-rules"
import type OcopModuleService from "../../../src/modules/ocop/service"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { seedProducer } from "../../utils/catalogue"
import { runWorkflow } from "../../utils/workflows"
import {
  type CheckoutWorld,
  createCheckoutWorld,
  eventually,
  prepareVietqrCart,
} from "../checkout/fixtures"
import { signInProducerMember } from "../portal/portal-fixtures"
import { ensureSearchIndexReady } from "../../utils/search-index"
import { searchProducts } from "../search/behaviour"

delete process.env.MEILISEARCH_HOST
delete process.env.MEILISEARCH_API_KEY

type Refusal = { status: number; message: string }

async function refusal(request: Promise<unknown>): Promise<Refusal> {
  const error = await request.then(
    () => {
      throw new Error("expected the request to be refused")
    },
    (e) => e
  )
  return { status: error.response.status, message: error.response.data.message }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld
    let admin: RequestHeaders
    const store = () => ({ headers: world.headers })
    const title = () => `Dâu tây ${world.variantId}`

    beforeEach(async () => {
      const container = getContainer()
      await ensureSearchIndexReady(container)
      world = await createCheckoutWorld(container, { stock: 10 })
      admin = await createAdminHeaders(
        container,
        `officer-${Date.now()}@xt.test`
      )
      // A recognisable title, so refusals can be checked word for word.
      await api.post(
        `/admin/products/${world.productId}`,
        { title: title() },
        admin
      )
    })

    /** What each shopper-facing path answers for the world's product. */
    async function shopperPaths() {
      const query = `region_id=${world.regionId}`
      const list = await api.get(`/store/products?${query}&limit=100`, store())
      const retrieve = await api
        .get(`/store/products/${world.productId}?${query}`, store())
        .then(
          () => 200,
          (e) => e.response.status
        )
      const variants = await api.get(
        `/store/product-variants?id=${world.variantId}&${query}`,
        store()
      )
      const variant = await api
        .get(`/store/product-variants/${world.variantId}?${query}`, store())
        .then(
          () => 200,
          (e) => e.response.status
        )
      return {
        list: list.data.products.some(
          (p: { id: string }) => p.id === world.productId
        ),
        retrieve,
        variants: variants.data.variants.length,
        variant,
      }
    }

    async function addToNewCart() {
      const { data } = await api.post(
        "/store/carts",
        { region_id: world.regionId },
        store()
      )
      return api.post(
        `/store/carts/${data.cart.id}/line-items`,
        { variant_id: world.variantId, quantity: 1 },
        store()
      )
    }

    const HIDDEN = { list: false, retrieve: 404, variants: 0, variant: 404 }
    const SHOWN = { list: true, retrieve: 200, variants: 1, variant: 200 }

    it("a product hidden after it was put in a cart: every path omits or refuses it, completion fails naming it with no order; visible again, the same cart completes", async () => {
      const { cartId } = await prepareVietqrCart(api, world)
      const [line] = (await api.get(`/store/carts/${cartId}`, store())).data
        .cart.items
      expect(await shopperPaths()).toEqual(SHOWN)

      await api.post(
        `/admin/producers/${world.producerId}/suspend`,
        { reason: "Kiểm tra lại chứng nhận" },
        admin
      )
      expect(await shopperPaths()).toEqual(HIDDEN)
      const notOnSale = `${title()} hiện không bán / ${title()} is not available`
      expect(await refusal(addToNewCart())).toEqual({
        status: 400,
        message: notOnSale,
      })
      expect(
        await refusal(
          api.post(
            `/store/carts/${cartId}/line-items/${line.id}`,
            { quantity: 2 },
            store()
          )
        )
      ).toEqual({ status: 400, message: notOnSale })
      expect(
        await refusal(api.post(`/store/carts/${cartId}/complete`, {}, store()))
      ).toEqual({ status: 400, message: notOnSale })
      const orders = getContainer().resolve(Modules.ORDER)
      expect(await orders.listOrders({})).toHaveLength(0)

      await api.post(
        `/admin/producers/${world.producerId}/reinstate`,
        {},
        admin
      )
      expect(await shopperPaths()).toEqual(SHOWN)
      const completed = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        store()
      )
      expect(completed.data.type).toBe("order")
      expect((await addToNewCart()).status).toBe(200)
    })

    it.each([
      {
        case: "unpublished in Medusa Admin",
        hide: (p: string) =>
          api.post(`/admin/products/${p}`, { status: "draft" }, admin),
        show: (p: string) =>
          api.post(`/admin/products/${p}`, { status: "published" }, admin),
      },
      {
        case: "moved to a draft producer",
        hide: async (p: string) => {
          const draft = await seedProducer(getContainer(), { status: "draft" })
          await runWorkflow(getContainer(), "link-products-to-producer", {
            producer_id: draft.id,
            product_ids: [p],
          })
        },
        show: (p: string) =>
          runWorkflow(getContainer(), "link-products-to-producer", {
            producer_id: world.producerId,
            product_ids: [p],
          }),
      },
    ])(
      "a product $case is omitted by the Store API and refused by the cart, and sold again once visible",
      async ({ hide, show }) => {
        await hide(world.productId)
        expect(await shopperPaths()).toEqual(HIDDEN)
        expect((await refusal(addToNewCart())).status).toBe(400)
        await show(world.productId)
        expect(await shopperPaths()).toEqual(SHOWN)
        expect((await addToNewCart()).status).toBe(200)
      }
    )

    it("a product created in Medusa Admin without a producer stays hidden, even when published and added to the sales channel", async () => {
      const { data } = await api.post(
        "/admin/products",
        {
          title: "Sản phẩm không có nhà sản xuất",
          status: "published",
          sales_channels: [{ id: world.salesChannelId }],
          options: [{ title: "Loại", values: ["1"] }],
          variants: [
            {
              title: "1",
              options: { Loại: "1" },
              manage_inventory: false,
              prices: [{ currency_code: "vnd", amount: 10000 }],
            },
          ],
        },
        admin
      )
      const orphan = data.product
      expect(orphan.status).toBe("proposed")
      await api.post(
        `/admin/sales-channels/${world.salesChannelId}/products`,
        { add: [orphan.id] },
        admin
      )
      await api.post(
        `/admin/products/${orphan.id}`,
        { status: "published" },
        admin
      )
      const query = `region_id=${world.regionId}`
      await expect(
        api.get(`/store/products/${orphan.id}?${query}`, store())
      ).rejects.toMatchObject({ response: { status: 404 } })
      const variants = await api.get(
        `/store/product-variants?id=${orphan.variants[0].id}&${query}`,
        store()
      )
      expect(variants.data.variants).toEqual([])
    })

    it.each([
      { case: "plain price", sale: null, usd: false, paid: 120000 },
      { case: "sale from a price list", sale: 99000, usd: false, paid: 99000 },
      { case: "another currency present", sale: null, usd: true, paid: 120000 },
      {
        case: "sale and another currency",
        sale: 99000,
        usd: true,
        paid: 99000,
      },
    ])(
      "one shopper price ($case): the Store API, search, the portal and the order email show $paid",
      async ({ sale, usd, paid }) => {
        expect(world.price).toBe(120000)
        if (usd) {
          await api.post(
            `/admin/products/${world.productId}/variants/${world.variantId}`,
            {
              prices: [
                { currency_code: "vnd", amount: world.price },
                { currency_code: "usd", amount: 5 },
              ],
            },
            admin
          )
        }
        if (sale) {
          await api.post(
            "/admin/price-lists",
            {
              title: "Mùa dâu",
              description: "Giảm giá mùa dâu",
              type: "sale",
              status: "active",
              prices: [
                {
                  variant_id: world.variantId,
                  currency_code: "vnd",
                  amount: sale,
                },
              ],
            },
            admin
          )
        }

        const { data } = await api.get(
          `/store/products/${world.productId}?region_id=${world.regionId}&fields=*variants.calculated_price`,
          store()
        )
        expect(data.product.variants[0].calculated_price).toMatchObject({
          calculated_amount: paid,
          original_amount: world.price,
        })

        const document = await eventually(async () => {
          const result = await searchProducts(api, world, "", {
            filters: { id: world.productId },
          })
          const found = result.hits[0]?.document
          return found?.price_min === paid ? found : null
        }, 30_000)
        expect(document.price_min).toBe(paid)

        const member = await signInProducerMember(
          api,
          getContainer(),
          world.producerId
        )
        const portal = await api.get(
          `/producer/products/${world.productId}`,
          member
        )
        expect(portal.data.product.variants[0]).toMatchObject({
          price: world.price,
          shopper_price: paid,
        })

        const { cartId } = await prepareVietqrCart(api, world)
        const order = (
          await api.post(`/store/carts/${cartId}/complete`, {}, store())
        ).data.order
        expect(order.items[0].unit_price).toBe(paid)
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const [email] = await eventually(async () => {
          const sent = await notifications.listNotifications({
            resource_id: order.id,
          })
          return sent.length ? sent : null
        }, 30_000)
        // The email is rendered from these order figures: the price paid plus 30.000 ₫ shipping.
        expect(email.data!.facts).toMatchObject({ total: paid + 30000 })
      }
    )

    it("brings a database written before the rules were stored up to date, once, on migration", async () => {
      const container = getContainer()
      const submitted = await seedProducer(container, { status: "submitted" })
      await runWorkflow(container, "link-products-to-producer", {
        producer_id: submitted.id,
        product_ids: [world.productId],
      })
      await runWorkflow(container, "upsert-ocop-certificate", {
        product_id: world.productId,
        stars: 5,
        decision_number: "QĐ-2/2026",
        issuing_level: "province",
        issued_at: new Date(Date.now() - 30 * 24 * 3600_000),
      })
      // As an older version left them: published whatever the producer, no stored stars.
      await container
        .resolve(Modules.PRODUCT)
        .updateProducts(world.productId, { status: ProductStatus.PUBLISHED })
      const {
        data: [before],
      } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["ocop_certificate.id"],
        filters: { id: world.productId },
      })
      await container
        .resolve<OcopModuleService>("ocop")
        .updateOcopCertificates({
          id: before.ocop_certificate!.id,
          displayed_stars: null,
        })

      await applyStoredBusinessRules({ container })

      const {
        data: [after],
      } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["status", "ocop_certificate.displayed_stars"],
        filters: { id: world.productId },
      })
      expect(after.status).toBe("proposed")
      expect(after.ocop_certificate?.displayed_stars).toBe(5)
    })

    it("one star rule: valid, expired and not-yet-issued certificates as the Store API and search show them", async () => {
      const day = 24 * 3600_000
      const cases = [
        { issued: -30, expires: 300, shown: 4 },
        { issued: -1200, expires: -2, shown: null },
        { issued: 3, expires: 1000, shown: null },
      ]
      for (const c of cases) {
        await runWorkflow(getContainer(), "upsert-ocop-certificate", {
          product_id: world.productId,
          stars: 4,
          decision_number: "QĐ-1/2026",
          issuing_level: "province",
          issued_at: new Date(Date.now() + c.issued * day),
          expires_at: new Date(Date.now() + c.expires * day),
        })
        const { data } = await api.get(
          `/store/products/${world.productId}?fields=+ocop_certificate.*`,
          store()
        )
        expect(data.product.ocop_certificate.displayed_stars).toBe(c.shown)
        const stars = await eventually(async () => {
          const result = await searchProducts(api, world, "", {
            filters: { id: world.productId },
          })
          const found = result.hits[0]?.document
          return found && found.ocop_stars === c.shown
            ? { stars: found.ocop_stars }
            : null
        }, 30_000)
        expect(stars.stars).toBe(c.shown)
      }
    })
  },
})
