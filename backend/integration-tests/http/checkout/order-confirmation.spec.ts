import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import http from "node:http"
import type { AddressInfo } from "node:net"
import {
  type CheckoutWorld,
  createCheckoutWorld,
  eventually,
  prepareVietqrCart,
} from "./fixtures"

type SentMail = {
  from: { email: string }
  subject: string
  personalizations: { to: { email: string }[] }[]
  content: { type: string; value: string }[]
}

// Read by medusa-config.ts before the runner applies its `env` option; one process per file.
process.env.SENDGRID_API_KEY = "SG.integration-test"
process.env.SENDGRID_FROM = "don-hang@cho-xuan-tho.example"

// SendGrid's API cannot be reached here: a local server stands in for it, and the client of the
// provider the app registered (@sendgrid/mail, one instance per process) is pointed at it in
// the test only. What arrives there is exactly what the shopper would receive.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS instance the provider uses
const sendgrid = require("@sendgrid/mail") as {
  client: {
    setDefaultRequest: (key: string, value: string) => void
    setApiKey: (key: string) => void
  }
}

async function startFakeSendgrid(sent: SentMail[]) {
  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      if (req.method === "POST" && req.url === "/v3/mail/send") {
        sent.push(JSON.parse(raw))
      }
      res.writeHead(202)
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${port}/`
  sendgrid.client.setDefaultRequest("baseUrl", baseUrl)
  // The provider is built on first use and its setApiKey resets the host: keep ours.
  const setApiKey = sendgrid.client.setApiKey.bind(sendgrid.client)
  sendgrid.client.setApiKey = (key) => {
    setApiKey(key)
    sendgrid.client.setDefaultRequest("baseUrl", baseUrl)
  }
  return server
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld
    let sent: SentMail[]
    let server: http.Server

    beforeEach(async () => {
      world = await createCheckoutWorld(getContainer())
      sent = []
      server = await startFakeSendgrid(sent)
    })

    afterEach(
      () => new Promise<void>((resolve) => server.close(() => resolve()))
    )

    async function placeOrder(locale?: string) {
      const { cartId, session } = await prepareVietqrCart(api, world, 2)
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
      return { order: data.order, reference: session.data.reference }
    }

    const plain = (value: string) => value.replace(/\u00a0/g, " ")

    it("emails the shopper in Vietnamese what they ordered, the total and the transfer details (SendGrid replaced at the HTTP boundary by a local server)", async () => {
      const { order, reference } = await placeOrder()

      const [mail] = await eventually(
        async () => (sent.length ? sent : null),
        30_000
      )
      expect(mail.personalizations[0].to[0].email).toEqual("lan@example.vn")
      expect(mail.from.email).toEqual("don-hang@cho-xuan-tho.example")
      expect(mail.subject).toEqual(
        `Chợ OCOP Xuân Thọ: đã nhận đơn hàng #${order.display_id}`
      )
      const html = plain(
        mail.content.find((c) => c.type === "text/html")!.value
      )
      expect(html).toContain("× 2")
      expect(html).toContain("240.000 ₫")
      expect(html).toContain("Tổng cộng")
      expect(html).toContain("270.000 ₫")
      expect(html).toContain(reference)
      expect(html).toContain(`/vi/orders/${order.id}`)
    })

    it("emails a shopper who shopped in English in English (SendGrid replaced at the HTTP boundary by a local server)", async () => {
      const { order } = await placeOrder("en")

      const [mail] = await eventually(
        async () => (sent.length ? sent : null),
        30_000
      )
      expect(mail.subject).toEqual(
        `Xuân Thọ OCOP Market: we received order #${order.display_id}`
      )
      const html = plain(mail.content[0].value)
      expect(html).toContain("Total")
      expect(html).toContain(`/en/orders/${order.id}`)
    })
  },
})
