import http from "node:http"
import type { AddressInfo } from "node:net"
import type { ProviderSendNotificationDTO } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import SendgridEmailNotificationService from "../service"

// A local node:http server stands in for SendGrid's v3 API: it records each request and gives
// the answer a test chose (202 with a message id, as SendGrid does, unless told otherwise).

type Recorded = {
  method: string
  path: string
  authorization?: string
  body: {
    personalizations: { to: { email: string }[] }[]
    from: { email: string; name?: string }
    subject: string
    content: { type: string; value: string }[]
  }
}
type Reply = { status: number; body?: string; messageId?: string }

async function startSendgridStandIn() {
  const requests: Recorded[] = []
  let reply: Reply = { status: 202, messageId: "sg-message-1" }
  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      requests.push({
        method: req.method ?? "",
        path: req.url ?? "",
        authorization: req.headers.authorization,
        body: JSON.parse(raw),
      })
      if (reply.messageId) {
        res.setHeader("X-Message-Id", reply.messageId)
      }
      res.statusCode = reply.status
      res.end(reply.body ?? "")
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer: (next: Reply) => {
      reply = next
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const EMAIL: ProviderSendNotificationDTO = {
  to: "thu.ha@example.vn",
  channel: "email",
  template: "order-placed",
  content: {
    subject: "Đơn hàng #1024 đang chờ bạn chuyển khoản",
    text: "Chợ đã nhận đơn hàng #1024 của bạn.\n\nTổng cộng   700.000 ₫",
    html: '<html lang="vi"><body><p>Chợ đã nhận đơn hàng #1024 của bạn.</p></body></html>',
  },
}

describe("SendGrid email provider (against a local stand-in of SendGrid's API)", () => {
  let sendgrid: Awaited<ReturnType<typeof startSendgridStandIn>>
  let provider: SendgridEmailNotificationService

  beforeEach(async () => {
    sendgrid = await startSendgridStandIn()
    provider = new SendgridEmailNotificationService(
      {},
      {
        api_key: "SG.test-key",
        from: "Chợ OCOP Xuân Thọ <don-hang@cho-xuan-tho.vn>",
        api_url: sendgrid.url,
        channels: ["email"],
      }
    )
  })

  afterEach(async () => {
    await sendgrid.close()
  })

  it("sends the subject, the plain text then the HTML, from the market to the recipient, with the bearer key", async () => {
    const result = await provider.send(EMAIL)

    expect(result).toEqual({ id: "sg-message-1" })
    expect(sendgrid.requests).toHaveLength(1)
    const [request] = sendgrid.requests
    expect(request.method).toEqual("POST")
    expect(request.path).toEqual("/v3/mail/send")
    expect(request.authorization).toEqual("Bearer SG.test-key")
    expect(request.body.from).toEqual({
      email: "don-hang@cho-xuan-tho.vn",
      name: "Chợ OCOP Xuân Thọ",
    })
    expect(request.body.personalizations).toEqual([
      { to: [{ email: "thu.ha@example.vn" }] },
    ])
    expect(request.body.subject).toEqual(EMAIL.content!.subject)
    expect(request.body.content).toEqual([
      { type: "text/plain", value: EMAIL.content!.text },
      { type: "text/html", value: EMAIL.content!.html },
    ])
  })

  it("sends from the notification's own sender when it names one", async () => {
    await provider.send({ ...EMAIL, from: "ho-tro@cho-xuan-tho.vn" })

    expect(sendgrid.requests[0].body.from).toEqual({
      email: "ho-tro@cho-xuan-tho.vn",
    })
  })

  it.each([
    ["no content", { ...EMAIL, content: undefined }],
    ["no plain text", { ...EMAIL, content: { ...EMAIL.content, text: "" } }],
    ["no HTML", { ...EMAIL, content: { ...EMAIL.content, html: undefined } }],
  ])(
    "refuses an email with %s before calling SendGrid, naming the renderer",
    async (_, notification) => {
      const sending = provider.send(notification)

      await expect(sending).rejects.toThrow(MedusaError)
      await expect(sending).rejects.toThrow(/renderEmail\(\)/)
      expect(sendgrid.requests).toHaveLength(0)
    }
  )

  it("surfaces SendGrid's own error messages when it refuses the email", async () => {
    sendgrid.answer({
      status: 403,
      body: JSON.stringify({
        errors: [
          {
            message:
              "The from address does not match a verified Sender Identity.",
            field: "from",
            help: null,
          },
        ],
      }),
    })

    await expect(provider.send(EMAIL)).rejects.toThrow(
      'SendGrid refused the "order-placed" email (HTTP 403): The from address does not match a verified Sender Identity. (from)'
    )
  })

  it("says where it tried when SendGrid cannot be reached", async () => {
    const unreachable = new SendgridEmailNotificationService(
      {},
      {
        api_key: "SG.test-key",
        from: "don-hang@cho-xuan-tho.vn",
        api_url: "http://127.0.0.1:1",
      }
    )

    await expect(unreachable.send(EMAIL)).rejects.toThrow(
      /SendGrid could not be reached at http:\/\/127\.0\.0\.1:1\/v3\/mail\/send/
    )
  })
})

describe("SendGrid email settings", () => {
  const valid = {
    api_key: "SG.test-key",
    from: "don-hang@cho-xuan-tho.vn",
  }

  it("accept a key and a sender, with or without a display name", () => {
    expect(() =>
      SendgridEmailNotificationService.validateOptions(valid)
    ).not.toThrow()
    expect(() =>
      SendgridEmailNotificationService.validateOptions({
        ...valid,
        from: "Chợ OCOP Xuân Thọ <don-hang@cho-xuan-tho.vn>",
      })
    ).not.toThrow()
  })

  it.each([
    ["no API key", { from: valid.from }, /SENDGRID_API_KEY is required/],
    ["no sender", { api_key: valid.api_key }, /SENDGRID_FROM is required/],
    [
      "a sender that is not an address",
      { ...valid, from: "Chợ OCOP Xuân Thọ" },
      /SENDGRID_FROM must be the sender verified in SendGrid/,
    ],
    [
      "an API address that is not a URL",
      { ...valid, api_url: "sendgrid" },
      /SENDGRID_API_URL must be SendGrid's API address/,
    ],
  ])("refuse %s, naming the setting", (_, options, message) => {
    expect(() =>
      SendgridEmailNotificationService.validateOptions(options)
    ).toThrow(message)
  })
})
