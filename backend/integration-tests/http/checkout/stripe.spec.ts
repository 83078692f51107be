import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Stripe from "stripe"
import { createAdminHeaders } from "../../utils/admin"
import { attachCardPayments } from "../../../src/scripts/seed/card-payments"
import {
  type CheckoutWorld,
  createCheckoutWorld,
  eventually,
  preparePaymentCart,
} from "./fixtures"
import { startFakeStripe } from "./stripe-fake"
import {
  STRIPE_PROVIDER_ID,
  VIETQR_PROVIDER_ID,
} from "../../../src/utils/payment-providers"

// Read by medusa-config.ts, which the runner loads before applying its `env` option; each spec
// file runs in its own process, so this configures Stripe for this file only.
process.env.STRIPE_API_KEY = "sk_test_xuan_tho_integration"
const WEBHOOK_SECRET = "whsec_xuan_tho_integration_test"
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET

const STRIPE = STRIPE_PROVIDER_ID
const HOOK = "/hooks/payment/stripe_stripe"
// Only the signing helper of Stripe's own SDK is used; it makes no network call.
const signer = new Stripe("sk_test_signer")

/** What a Stripe session's `data` holds: the payment intent the provider created. */
type StripeSessionData = Pick<Stripe.PaymentIntent, "id" | "client_secret">

/** Medusa's internal provider registry, reached only to point the Stripe provider at the fake. */
type PaymentModuleInternals = IPaymentModuleService & {
  paymentProviderService_: {
    retrieveProvider(providerId: string): { stripe_: object }
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld
    let stripe: Awaited<ReturnType<typeof startFakeStripe>>

    beforeEach(async () => {
      stripe = await startFakeStripe()
      const payment = getContainer().resolve<PaymentModuleInternals>(
        Modules.PAYMENT
      )
      stripe.pointProviderAt(
        payment.paymentProviderService_.retrieveProvider(STRIPE),
        Stripe,
        process.env.STRIPE_API_KEY!
      )
      world = await createCheckoutWorld(getContainer())
      await attachCardPayments(getContainer())
    })

    afterEach(() => stripe.stop())

    /** A cart with 1 × 120.000 ₫ and 30.000 ₫ shipping, paying by card. */
    function prepareCardCart() {
      return preparePaymentCart<StripeSessionData>(api, world, STRIPE)
    }

    async function orderOfCart(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [cart],
      } = await query.graph({
        entity: "cart",
        fields: [
          "completed_at",
          "order.id",
          "order.payment_collections.captured_amount",
        ],
        filters: { id: cartId },
      })
      const order = cart.order as unknown as
        | { id: string; payment_collections: { captured_amount: number }[] }
        | undefined
      // What Stripe has taken for the order, in whole đồng.
      return (
        order && {
          id: order.id,
          captured: order.payment_collections.reduce(
            (sum, collection) => sum + Number(collection.captured_amount),
            0
          ),
        }
      )
    }

    function succeededEvent(intent: object) {
      return JSON.stringify({
        id: `evt_fake_${Date.now()}`,
        object: "event",
        type: "payment_intent.succeeded",
        created: Math.floor(Date.now() / 1000),
        data: { object: intent },
      })
    }

    async function postWebhook(payload: string, secret: string) {
      const signature = signer.webhooks.generateTestHeaderString({
        payload,
        secret,
      })
      return api.post(HOOK, payload, {
        headers: {
          "content-type": "application/json",
          "stripe-signature": signature,
        },
      })
    }

    it("offers cards in the Việt Nam region once, however often setup runs", async () => {
      expect(await attachCardPayments(getContainer())).toEqual([])
      const { data } = await api.get(
        `/store/payment-providers?region_id=${world.regionId}`,
        { headers: world.headers }
      )
      const ids = data.payment_providers.map((p: { id: string }) => p.id)
      expect(ids.filter((id: string) => id === STRIPE)).toHaveLength(1)
      expect(ids).toContain(VIETQR_PROVIDER_ID)
    })

    it("asks Stripe for whole đồng, no ×100 (Stripe replaced at the HTTP boundary by a local server)", async () => {
      const { session } = await prepareCardCart()

      const created = stripe.calls.find(
        (call) => call.method === "POST" && call.path === "/v1/payment_intents"
      )!
      expect(created.body.get("currency")).toEqual("vnd")
      expect(created.body.get("amount")).toEqual("150000")
      expect(created.body.get("metadata[session_id]")).toEqual(session.id)
      // The storefront's Payment Element needs the intent's client secret.
      expect(session.data.client_secret).toMatch(/^pi_fake_\d+_secret/)
    })

    it("turns a confirmed card into a paid order of the cart's total (Stripe replaced at the HTTP boundary by a local server)", async () => {
      const { cartId, session } = await prepareCardCart()
      stripe.confirmCard(session.data.id)

      const completed = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers: world.headers }
      )

      expect(completed.data.type).toEqual("order")
      expect(completed.data.order.total).toEqual(150000)
      expect((await orderOfCart(cartId))?.captured).toEqual(150000)
    })

    it("refunds a card order through Stripe in whole đồng (Stripe replaced at the HTTP boundary by a local server)", async () => {
      const { cartId, session } = await prepareCardCart()
      stripe.confirmCard(session.data.id)
      const completed = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers: world.headers }
      )
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [order],
      } = await query.graph({
        entity: "order",
        fields: ["payment_collections.payments.id"],
        filters: { id: completed.data.order.id },
      })
      const paymentId = order.payment_collections![0]!.payments![0]!.id
      const admin = await createAdminHeaders(getContainer())

      await api.post(
        `/admin/payments/${paymentId}/refund`,
        { amount: 50000 },
        admin
      )

      const refund = stripe.calls.find((call) => call.path === "/v1/refunds")!
      expect(refund.body.get("amount")).toEqual("50000")
      expect(refund.body.get("payment_intent")).toEqual(session.data.id)
    })

    it("a correctly signed payment_intent.succeeded makes a paid order of a cart the shopper left (Stripe replaced at the HTTP boundary by a local server)", async () => {
      const { cartId, session } = await prepareCardCart()
      const intent = stripe.confirmCard(session.data.id)

      const response = await postWebhook(succeededEvent(intent), WEBHOOK_SECRET)

      expect(response.status).toEqual(200)
      // Medusa processes payment webhooks about 5 s after answering.
      const order = await eventually(() => orderOfCart(cartId), 30_000)
      expect(order.captured).toEqual(150000)
    })

    it("a payment_intent.succeeded with a wrong signature changes nothing (Stripe replaced at the HTTP boundary by a local server)", async () => {
      const { cartId, session } = await prepareCardCart()
      const intent = stripe.confirmCard(session.data.id)

      await postWebhook(succeededEvent(intent), "whsec_someone_else")
      await new Promise((resolve) => setTimeout(resolve, 9_000))

      expect(await orderOfCart(cartId)).toBeFalsy()
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [stored],
      } = await query.graph({
        entity: "payment_session",
        fields: ["status"],
        filters: { id: session.id },
      })
      expect(stored.status).toEqual("pending")
    })
  },
})
