import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { attachVnpayPayments } from "../../../src/scripts/seed/vnpay-payments"
import type { VnpaySessionData } from "../../../src/modules/providers/vnpay/service"
import { verifyOrderProof } from "../../../src/utils/order-proof"
import { VNPAY_PROVIDER_ID } from "../../../src/utils/payment-providers"
import { DEVELOPMENT_SECRET } from "../../../src/config/env"
import {
  type CheckoutWorld,
  createCheckoutWorld,
  preparePaymentCart,
} from "./fixtures"
import {
  queryString,
  startVnpayGateway,
  type VnpayGateway,
  VNPAY_SETTINGS,
} from "./vnpay-fake"

// Read by medusa-config.ts when the runner boots the app; each spec file runs in its own
// process, so VNPay is registered for this file only.
Object.assign(process.env, VNPAY_SETTINGS)

const IPN = "/hooks/vnpay/ipn"
const RETURN = "/store/vnpay/return"

type IpnAnswer = { RspCode: string; Message: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld
    let vnpay: VnpayGateway

    // One world for the file: the runner restores the database to it before every test.
    beforeAll(async () => {
      vnpay = await startVnpayGateway()
      world = await createCheckoutWorld(getContainer())
      expect(await attachVnpayPayments(getContainer())).toEqual([
        world.regionId,
      ])
    })

    /** 1 × 120.000 ₫ and 30.000 ₫ shipping, paying through VNPay. */
    function prepareVnpayCart() {
      return preparePaymentCart<VnpaySessionData>(api, world, VNPAY_PROVIDER_ID)
    }

    async function notify(params: Record<string, string>) {
      const { data } = await api.get(`${IPN}?${queryString(params)}`)
      return (data as IpnAnswer).RspCode
    }

    async function ordersOf(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({
        entity: "order_cart",
        fields: ["order_id"],
        filters: { cart_id: cartId },
      })
      const ids = links.map((link) => link.order_id as string)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "payment_collections.payments.captures.amount"],
        filters: { id: ids.length ? ids : ["none"] },
      })
      const captures = orders.flatMap((order) =>
        (order.payment_collections ?? []).flatMap((collection) =>
          (collection?.payments ?? []).flatMap(
            (payment) => payment?.captures ?? []
          )
        )
      )
      return {
        ids,
        captures: captures.map((capture) => Number(capture!.amount)),
      }
    }

    async function collectionOf(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [cart],
      } = await query.graph({
        entity: "cart",
        fields: ["payment_collection.id"],
        filters: { id: cartId },
      })
      return cart.payment_collection!.id
    }

    async function sessionData(sessionId: string) {
      const payment = getContainer().resolve(Modules.PAYMENT)
      const session = await payment.retrievePaymentSession(sessionId)
      return session.data as VnpaySessionData
    }

    it("offers VNPay once and signs a payment URL VNPay accepts: version, amount × 100, GMT+7 dates 15 minutes apart, plain text (VNPay replaced at the HTTP boundary)", async () => {
      // Linking again changes nothing.
      expect(await attachVnpayPayments(getContainer())).toEqual([])
      const { data: offered } = await api.get(
        `/store/payment-providers?region_id=${world.regionId}`,
        { headers: world.headers }
      )
      const ids = (offered.payment_providers as { id: string }[]).map(
        (provider) => provider.id
      )
      expect(ids.filter((id) => id === VNPAY_PROVIDER_ID)).toHaveLength(1)

      const before = Date.now()
      const { cartId, session } = await prepareVnpayCart()
      const url = new URL(session.data.payment_url)
      const sent = Object.fromEntries(url.searchParams.entries())

      expect(`${url.origin}${url.pathname}`).toBe(VNPAY_SETTINGS.VNPAY_URL)
      expect(vnpay.acceptsPaymentUrl(session.data.payment_url)).toBe(true)
      expect(sent).toMatchObject({
        vnp_Version: "2.1.0",
        vnp_Command: "pay",
        vnp_TmnCode: VNPAY_SETTINGS.VNPAY_TMN_CODE,
        vnp_CurrCode: "VND",
        vnp_Amount: "15000000",
        vnp_Locale: "vn",
        vnp_OrderType: "other",
        vnp_TxnRef: session.data.txn_ref,
        vnp_OrderInfo: `Thanh toan don hang ${session.data.txn_ref}`,
        vnp_ReturnUrl: "http://localhost:8000/vi/vnpay-return",
        vnp_IpAddr: session.data.client_ip,
      })
      expect(session.data.txn_ref).toMatch(/^[0-9A-Za-z]{1,34}$/)
      expect(sent.vnp_CreateDate).toMatch(/^\d{14}$/)
      // yyyyMMddHHmmss read as GMT+7 is the moment of creation, and payment ends 15 min later.
      const gmt7 = (text: string) =>
        Date.parse(
          `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}T${text.slice(8, 10)}:${text.slice(10, 12)}:${text.slice(12, 14)}+07:00`
        )
      const created = gmt7(sent.vnp_CreateDate)
      expect(created).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000)
      expect(created).toBeLessThanOrEqual(Date.now())
      expect(gmt7(sent.vnp_ExpireDate) - created).toBe(15 * 60_000)
      expect(Date.parse(session.data.expires_at)).toBe(
        gmt7(sent.vnp_ExpireDate)
      )

      // An English page and a known shopper address, as the storefront passes them.
      const payment = getContainer().resolve(Modules.PAYMENT)
      const english = await payment.createPaymentSession(
        await collectionOf(cartId),
        {
          provider_id: VNPAY_PROVIDER_ID,
          amount: 150000,
          currency_code: "vnd",
          data: { locale: "en", client_ip: "203.0.113.7" },
        }
      )
      const englishData = english.data as VnpaySessionData
      const englishSent = new URL(englishData.payment_url).searchParams
      expect(englishSent.get("vnp_Locale")).toBe("en")
      expect(englishSent.get("vnp_IpAddr")).toBe("203.0.113.7")
      expect(englishSent.get("vnp_ReturnUrl")).toBe(
        "http://localhost:8000/en/vnpay-return"
      )
      expect(englishData.txn_ref).not.toBe(session.data.txn_ref)
    })

    it("turns a signed IPN into one paid order, then answers 02 to its redelivery (VNPay replaced at the HTTP boundary)", async () => {
      const { cartId, session } = await prepareVnpayCart()
      const paid = vnpay.result(session.data.payment_url)

      // Before the IPN the shopper's return page waits, and completing the cart fails.
      const { data: early } = await api.get(`${RETURN}?${queryString(paid)}`, {
        headers: world.headers,
      })
      expect(early).toEqual({ status: "pending" })
      const refused = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers: world.headers }
      )
      expect(refused.data.type).toBe("cart")
      expect(refused.data.error.message).toMatch(/VNPay/)

      expect(await notify(paid)).toBe("00")
      expect(await notify(paid)).toBe("02")

      const orders = await ordersOf(cartId)
      expect(orders.ids).toHaveLength(1)
      expect(orders.captures).toEqual([150000])
      expect(await sessionData(session.id)).toMatchObject({
        vnp_response_code: "00",
        vnp_transaction_no: paid.vnp_TransactionNo,
        vnp_amount_matched: true,
      })

      const { data: back } = await api.get(`${RETURN}?${queryString(paid)}`, {
        headers: world.headers,
      })
      expect(back).toMatchObject({ status: "paid", order_id: orders.ids[0] })
      expect(
        verifyOrderProof(orders.ids[0], back.order_proof, DEVELOPMENT_SECRET)
      ).toBe(true)
    })

    it("places one order for 20 concurrent deliveries of the same IPN (VNPay replaced at the HTTP boundary)", async () => {
      const { cartId, session } = await prepareVnpayCart()
      const paid = vnpay.result(session.data.payment_url)

      const answers = await Promise.all(
        Array.from({ length: 20 }, () => notify(paid))
      )

      expect(answers.filter((code) => code === "00")).toHaveLength(1)
      expect(answers.filter((code) => code === "02")).toHaveLength(19)
      const orders = await ordersOf(cartId)
      expect(orders.ids).toHaveLength(1)
      expect(orders.captures).toEqual([150000])
    })

    it("refuses a forged signature (97), another amount (04) and an unknown reference (01), paying nothing (VNPay replaced at the HTTP boundary)", async () => {
      const { cartId, session } = await prepareVnpayCart()
      const url = session.data.payment_url

      const forged = vnpay.result(url, {}, "a-secret-that-is-not-ours-012345")
      expect(await notify(forged)).toBe("97")
      const altered = { ...vnpay.result(url), vnp_Amount: "100" }
      expect(await notify(altered)).toBe("97")
      expect(await notify(vnpay.result(url, { vnp_Amount: "100" }))).toBe("04")
      const unknownRef = `${session.data.txn_ref.slice(0, -8)}ZZZZZZZZ`
      expect(await notify(vnpay.result(url, { vnp_TxnRef: unknownRef }))).toBe(
        "01"
      )
      expect(await notify({ vnp_TxnRef: session.data.txn_ref })).toBe("97")

      expect((await ordersOf(cartId)).ids).toEqual([])
      expect((await sessionData(session.id)).vnp_result).toBeNull()
      const bad = await api
        .get(`${RETURN}?${queryString(forged)}`, { headers: world.headers })
        .catch((error) => error.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/sai chữ ký.*wrong signature/)
    })

    it("records a cancelled attempt (24) without an order and confirms it with 00 (VNPay replaced at the HTTP boundary)", async () => {
      const { cartId, session } = await prepareVnpayCart()
      const cancelled = vnpay.result(session.data.payment_url, {
        vnp_ResponseCode: "24",
        vnp_TransactionStatus: "02",
      })

      expect(await notify(cancelled)).toBe("00")
      expect(await notify(cancelled)).toBe("02")

      expect((await ordersOf(cartId)).ids).toEqual([])
      expect(await sessionData(session.id)).toMatchObject({
        vnp_response_code: "24",
      })
      const { data: back } = await api.get(
        `${RETURN}?${queryString(cancelled)}`,
        { headers: world.headers }
      )
      expect(back).toEqual({ status: "failed", response_code: "24" })
    })

    it("never authorizes a result the shopper wrote into the session themselves", async () => {
      const { cartId } = await prepareVnpayCart()
      const {
        data: { payment_collection },
      } = await api.post(
        `/store/payment-collections/${await collectionOf(cartId)}/payment-sessions`,
        {
          provider_id: VNPAY_PROVIDER_ID,
          data: {
            vnp_response_code: "00",
            vnp_amount_matched: true,
            vnp_result: { params: { vnp_ResponseCode: "00" } },
          },
        },
        { headers: world.headers }
      )
      expect(payment_collection.payment_sessions[0].data).toMatchObject({
        vnp_response_code: null,
        vnp_result: null,
      })
      const completed = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers: world.headers }
      )
      expect(completed.data.type).toBe("cart")
      expect((await ordersOf(cartId)).ids).toEqual([])
    })
  },
})
