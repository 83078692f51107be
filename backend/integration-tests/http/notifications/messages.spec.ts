import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../../utils/admin"
import { seedProducer } from "../../utils/catalogue"
import {
  mailPart,
  type SentMail,
  sendgridStandIn,
} from "../../utils/sendgrid-stand-in"
import {
  BANK_HOOK,
  BANK_HOOK_KEY,
  type CheckoutWorld,
  createCheckoutWorld,
  eventually,
  prepareVietqrCart,
  sepayNotification,
} from "../checkout/fixtures"
import {
  createCompleteDraft,
  signInOnboarder,
} from "../onboarding/onboarding-fixtures"
import {
  prepareMarketDefaults,
  signInProducerMember,
} from "../portal/portal-fixtures"

const STOREFRONT = "https://cho.xuantho.test"
const API_KEY = "SG.stand-in-key"

// Read by medusa-config.ts when the runner boots the app; one process per file.
process.env.STOREFRONT_PUBLIC_URL = STOREFRONT
process.env.SENDGRID_API_KEY = API_KEY
process.env.SENDGRID_FROM = "Chợ OCOP Xuân Thọ <don-hang@cho-xuan-tho.example>"

const sendgrid = sendgridStandIn(API_KEY)
beforeAll(async () => {
  process.env.SENDGRID_API_URL = await sendgrid.listen()
})
afterAll(() => sendgrid.close())

type Sent = {
  id: string
  to: string
  channel: string
  template: string | null
  resource_type: string | null
  resource_id: string | null
  data: Record<string, unknown> | null
}

async function notificationsTo(container: MedusaContainer, to: string) {
  const sent = (await container
    .resolve(Modules.NOTIFICATION)
    .listNotifications({ to })) as Sent[]
  return sent
}

/** Every link a message lists in `data` opens on the public storefront (or the admin). */
function expectPublicLinks(notification: Sent) {
  const links = Object.entries(notification.data ?? {}).filter(([key]) =>
    key.endsWith("_url")
  )
  expect(links.length).toBeGreaterThan(0)
  for (const [key, url] of links) {
    const base = key === "admin_url" ? "http://localhost:9000" : STOREFRONT
    expect(String(url), key).toMatch(new RegExp(`^${base}/`))
  }
}

/** The first mail to `to` that `matches`, once the stand-in received it. */
const mailTo = (
  to: string,
  matches: (mail: SentMail) => boolean = () => true
) => eventually(async () => sendgrid.to(to).find(matches), 20_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld

    beforeEach(() => {
      sendgrid.sent.length = 0
    })

    /** A region, stock location, shipping and one product with 10 in stock. */
    const openShop = async () => {
      world = await createCheckoutWorld(getContainer(), { stock: 10 })
    }

    async function placeVietqrOrder(quantity: number, locale?: string) {
      const { cartId, session } = await prepareVietqrCart(api, world, quantity)
      if (locale) {
        await api.post(
          `/store/carts/${cartId}`,
          { metadata: { locale } },
          { headers: world.headers }
        )
      }
      const { data } = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers: world.headers }
      )
      return {
        cartId,
        order: data.order as { id: string; display_id: number; total: number },
        reference: session.data.reference,
      }
    }

    const one = async (to: string, template: string, count = 1) =>
      eventually(async () => {
        const found = (await notificationsTo(getContainer(), to)).filter(
          (n) => n.template === template
        )
        return found.length >= count ? found : null
      }, 20_000)

    it("tells the shopper, the right producer's members and nobody twice as an order is placed, paid and shipped (SendGrid replaced at the HTTP boundary by a local stand-in)", async () => {
      await openShop()
      const container = getContainer()
      const memberA = await signInProducerMember(
        api,
        container,
        world.producerId
      )
      const otherProducer = await seedProducer(container)
      const memberB = await signInProducerMember(
        api,
        container,
        otherProducer.id
      )
      const { order, reference } = await placeVietqrOrder(6)

      // Placed: the shopper's email, in Vietnamese, plain text and HTML, QR hosted on our domain.
      const [placed] = await one("lan@example.vn", "order-placed")
      expect(placed).toMatchObject({
        channel: "email",
        resource_type: "order",
        resource_id: order.id,
      })
      expect(placed.data!.order_url).toEqual(
        `${STOREFRONT}/vi/orders/${order.id}`
      )
      expectPublicLinks(placed)
      const mail = await mailTo("lan@example.vn")
      expect(mail.content.map((part) => part.type)).toEqual([
        "text/plain",
        "text/html",
      ])
      expect(mail.subject).toContain(`#${order.display_id}`)
      const html = mailPart(mail, "text/html")!
      const text = mailPart(mail, "text/plain")!
      for (const part of [html, text]) {
        expect(part).toContain(reference)
        expect(part).toContain("750.000 ₫")
        expect(part).toContain(`${STOREFRONT}/vi/orders/${order.id}`)
      }
      expect(html).toMatch(
        /<img[^>]+src="http:\/\/localhost:9000\/qr\/[^"]+\.png"/
      )
      expect(html).not.toContain('src="data:')

      // Six of ten sold: five or fewer left is low stock, told to the producer's member once.
      const [lowStock] = await one(memberA.email, "producer-low-stock")
      expect(lowStock).toMatchObject({
        resource_type: "product_variant",
        resource_id: world.variantId,
      })
      expectPublicLinks(lowStock)

      // Paid: the shopper hears it, producer A's member gets the order, B's member nothing.
      await api.post(
        BANK_HOOK,
        sepayNotification({
          content: `${reference} thanh toan`,
          transferAmount: order.total,
        }),
        BANK_HOOK_KEY
      )
      const [received] = await one("lan@example.vn", "payment-received")
      expect(received.resource_id).toEqual(order.id)
      const [newOrder] = await one(memberA.email, "producer-new-order")
      expect(newOrder).toMatchObject({
        resource_type: "order",
        resource_id: order.id,
      })
      expect(newOrder.data!.portal_url).toEqual(
        `${STOREFRONT}/vi/portal/orders#order-${order.display_id}`
      )
      const producerMail = await mailTo(memberA.email, (m) =>
        m.subject.includes(`#${order.display_id}`)
      )
      const producerText = mailPart(producerMail, "text/plain")!
      expect(producerText).toContain("× 6")
      expect(producerText).toContain("12 Đường Hùng Vương")
      expect(producerText).toContain("912345678")
      expect(await notificationsTo(container, memberB.email)).toEqual([])

      // Events delivered again (a retry, a second worker) send nothing new.
      const before = await container
        .resolve(Modules.NOTIFICATION)
        .listNotifications({})
      const mailsBefore = sendgrid.sent.length
      const bus = container.resolve(Modules.EVENT_BUS)
      const [payment] = await container
        .resolve(Modules.PAYMENT)
        .listPayments({ captured_at: { $ne: null } })
      await bus.emit([
        { name: "order.placed", data: { id: order.id } },
        { name: "payment.captured", data: { id: payment.id } },
      ])
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      const after = await container
        .resolve(Modules.NOTIFICATION)
        .listNotifications({})
      expect(after.length).toEqual(before.length)
      expect(sendgrid.sent.length).toEqual(mailsBefore)

      // Shipped: the carrier, the tracking number and the carrier's own tracking page.
      await api.post(
        `/producer/orders/${order.id}/ship`,
        { carrier: "viettelpost", tracking_number: "VTP123456789" },
        memberA
      )
      const [shipped] = await one("lan@example.vn", "order-shipped")
      expectPublicLinks(shipped)
      const shippedMail = await mailTo("lan@example.vn", (m) =>
        mailPart(m, "text/plain")!.includes("VTP123456789")
      )
      expect(mailPart(shippedMail, "text/plain")).toContain("Viettel Post")
      expect(mailPart(shippedMail, "text/html")).toContain(
        "https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/?code=VTP123456789"
      )
    })

    it("tells an English shopper in English when the transfer window lapses and when the order is cancelled", async () => {
      await openShop()
      const container = getContainer()
      const { cartId, order } = await placeVietqrOrder(1, "en")
      await one("lan@example.vn", "order-placed")
      const bankTransfer = container.resolve("bank_transfer") as {
        listVietqrPayments(filter: {
          order_id: string
        }): Promise<{ id: string }[]>
      }
      const [payment] = await bankTransfer.listVietqrPayments({
        order_id: order.id,
      })
      await container
        .resolve(Modules.WORKFLOW_ENGINE)
        .run("expire-unpaid-order", {
          input: { vietqr_payment_id: payment.id },
          throwOnError: true,
        })
      const [expired] = await one("lan@example.vn", "payment-expired")
      expect(expired.data!.order_url).toEqual(
        `${STOREFRONT}/en/orders/${order.id}`
      )
      await container
        .resolve(Modules.WORKFLOW_ENGINE)
        .run("cancel-unpaid-order", {
          input: { vietqr_payment_id: payment.id },
          throwOnError: true,
        })
      await one("lan@example.vn", "order-cancelled")
      const mails = sendgrid.to("lan@example.vn")
      expect(mails).toHaveLength(3)

      // The order page tells the shopper what they received and may still receive, and where;
      // it carries their email, so only with the order's proof.
      const withoutProof = await api
        .get(`/store/orders/${order.id}/messages`, { headers: world.headers })
        .catch((error) => error.response)
      expect(withoutProof.status).toEqual(404)
      const { data: proof } = await api.post(
        `/store/carts/${cartId}/order-proof`,
        {},
        { headers: world.headers }
      )
      const { data: messages } = await api.get(
        `/store/orders/${order.id}/messages`,
        { headers: { ...world.headers, "x-order-proof": proof.proof } }
      )
      expect(messages).toEqual({
        channel: "email",
        to: "lan@example.vn",
        ahead: ["payment-refunded"],
        sent: ["order-placed", "payment-expired", "order-cancelled"].map(
          (kind) => expect.objectContaining({ kind, channel: "email" })
        ),
      })
      for (const mail of mails) {
        expect(mail.subject).toContain(`#${order.display_id}`)
        // English words, and none of the Vietnamese version's.
        expect(mailPart(mail, "text/plain")).toMatch(/\border\b/i)
        expect(mailPart(mail, "text/plain")).not.toMatch(/đơn hàng/i)
      }
    })

    it("tells every officer about a transfer to act on, unless they turned that off", async () => {
      const container = getContainer()
      const officer = await createAdminHeaders(container, "can-bo@xuantho.test")
      await createAdminHeaders(container, "can-bo-2@xuantho.test")
      const settings = await api.get("/admin/notification-settings", officer)
      expect(settings.data.settings).toEqual([
        { kind: "officer-producer-submitted", enabled: true },
        { kind: "officer-transfer-attention", enabled: true },
      ])
      const unknown = await api
        .post(
          "/admin/notification-settings",
          { settings: { "order-placed": false } },
          officer
        )
        .catch((error) => error.response)
      expect(unknown.status).toEqual(400)
      expect(unknown.data.errors).toContainEqual({
        field: "settings.order-placed",
        message: expect.stringContaining(
          'unknown notification kind "order-placed"'
        ),
      })
      await api.post(
        "/admin/notification-settings",
        { settings: { "officer-transfer-attention": false } },
        officer
      )

      await api.post(
        BANK_HOOK,
        sepayNotification({
          content: "chuyen tien khong ma",
          transferAmount: 50_000,
        }),
        BANK_HOOK_KEY
      )
      const [attention] = await one(
        "can-bo-2@xuantho.test",
        "officer-transfer-attention"
      )
      expect(attention.data!.admin_url).toEqual(
        "http://localhost:9000/app/bank-transfers"
      )
      const mail = await mailTo("can-bo-2@xuantho.test")
      expect(mailPart(mail, "text/plain")).toContain("50.000 ₫")
      expect(await notificationsTo(container, "can-bo@xuantho.test")).toEqual(
        []
      )

      // A volunteer hands a producer over: both officers hear of it, with the Admin page.
      await prepareMarketDefaults(container)
      const volunteer = await signInOnboarder(api, container)
      const { producer } = await createCompleteDraft(api, volunteer)
      await api.post(
        `/onboarding/producers/${producer.id}/submit`,
        {},
        volunteer
      )
      for (const email of ["can-bo@xuantho.test", "can-bo-2@xuantho.test"]) {
        const [submitted] = await one(email, "officer-producer-submitted")
        expect(submitted).toMatchObject({
          resource_type: "producer",
          resource_id: producer.id,
        })
        expect(submitted.data!.admin_url).toEqual(
          `http://localhost:9000/app/producers/${producer.id}`
        )
      }
    })

    it("lets a member turn off new-order emails, and refuses an unknown kind by name", async () => {
      await openShop()
      // Without Zalo the checkout asks for an email, as before.
      const { data: channels } = await api.get("/store/message-channels", {
        headers: world.headers,
      })
      expect(channels).toEqual({ zalo: false })
      const container = getContainer()
      const member = await signInProducerMember(
        api,
        container,
        world.producerId
      )
      const refused = await api
        .post(
          "/producer/me/notification-settings",
          { settings: { "producer-new-order": false, "khong-co": true } },
          member
        )
        .catch((error) => error.response)
      expect(refused.status).toEqual(400)
      expect(refused.data.errors).toContainEqual({
        field: "settings.khong-co",
        message: expect.stringContaining(
          'unknown notification kind "khong-co"'
        ),
      })
      const unchanged = await api.get(
        "/producer/me/notification-settings",
        member
      )
      expect(unchanged.data.settings).toContainEqual({
        kind: "producer-new-order",
        enabled: true,
      })

      const { data } = await api.post(
        "/producer/me/notification-settings",
        { settings: { "producer-new-order": false } },
        member
      )
      expect(data.settings).toEqual([
        { kind: "producer-new-order", enabled: false },
        { kind: "producer-low-stock", enabled: true },
      ])
      const { order, reference } = await placeVietqrOrder(1)
      await api.post(
        BANK_HOOK,
        sepayNotification({ content: reference, transferAmount: order.total }),
        BANK_HOOK_KEY
      )
      await one("lan@example.vn", "payment-received")
      const sent = await notificationsTo(container, member.email)
      expect(sent.filter((n) => n.template === "producer-new-order")).toEqual(
        []
      )

      // The market refunds part of it: the shopper hears how much went back.
      const [payment] = await container
        .resolve(Modules.PAYMENT)
        .listPayments({ captured_at: { $ne: null } })
      await container
        .resolve(Modules.WORKFLOW_ENGINE)
        .run("refund-payment-workflow", {
          input: { payment_id: payment.id, amount: 30_000 },
          throwOnError: true,
        })
      const [refunded] = await one("lan@example.vn", "payment-refunded")
      expect(refunded.resource_id).toEqual(order.id)
      await mailTo("lan@example.vn", (mail) =>
        mailPart(mail, "text/plain")!.includes("30.000 ₫")
      )
    })

    it("sends the password reset with its plain-text and HTML parts (SendGrid replaced at the HTTP boundary by a local stand-in)", async () => {
      await openShop()
      const member = await signInProducerMember(
        api,
        getContainer(),
        world.producerId
      )
      await api.post("/auth/producer/emailpass/reset-password", {
        identifier: member.email,
        metadata: { locale: "en" },
      })
      const mail = await mailTo(member.email)
      expect(mail.content.map((part) => part.type)).toEqual([
        "text/plain",
        "text/html",
      ])
      const link = `${STOREFRONT}/en/portal/reset-password?token=`
      expect(mailPart(mail, "text/plain")).toContain(link)
      expect(mailPart(mail, "text/html")).toContain(link)
    })
  },
})
