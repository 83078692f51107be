import { describe, expect, it } from "vitest"
import {
  MESSAGE_KINDS,
  type MessageFacts,
  type MessageKind,
  type MessageLocale,
} from "../kinds"
import { renderEmail } from "../render-email"
import { type SampleFacts, sampleFacts } from "../sample-facts"

const LOCALES: MessageLocale[] = ["vi", "en"]

/** How React writes text into HTML: a fact appears escaped there. */
const inHtml = (value: string) =>
  value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;")

/** Intl's VND format, no-break space included: "700.000 ₫". */
const vnd = (amount: number) => `${amount.toLocaleString("vi-VN")}\u00a0₫`

const LANGUAGE = {
  vi: { brand: "Chợ OCOP Xuân Thọ", reason: "Bạn nhận email này vì" },
  en: {
    brand: "Xuân Thọ OCOP Market",
    reason: "You receive this email because",
  },
} as const

/** What a reader looks for in each email: in its HTML and in its plain text alike. */
const LOOKED_FOR: { [K in MessageKind]: (facts: MessageFacts[K]) => string[] } =
  {
    "order-placed": (facts) => {
      const payment = facts.payment as Extract<
        MessageFacts["order-placed"]["payment"],
        { kind: "vietqr" }
      >
      return [
        `#${facts.displayId}`,
        ...facts.lines.map((line) => line.title),
        ...facts.lines.map((line) => vnd(line.total)),
        vnd(facts.shippingTotal),
        vnd(facts.total),
        payment.bankName,
        payment.accountNumber,
        payment.accountName,
        payment.reference,
        facts.orderUrl,
      ]
    },
    "payment-received": (facts) => [
      `#${facts.displayId}`,
      vnd(facts.total),
      facts.orderUrl,
    ],
    "order-shipped": (facts) => [
      `#${facts.displayId}`,
      facts.producerName,
      facts.carrier,
      facts.trackingNumber,
      facts.trackingUrl!,
      ...facts.lines.map((line) => line.title),
      facts.orderUrl,
    ],
    "order-cancelled": (facts) => [`#${facts.displayId}`, facts.orderUrl],
    "payment-refunded": (facts) => [
      `#${facts.displayId}`,
      vnd(facts.amount),
      facts.orderUrl,
    ],
    "payment-expired": (facts) => [
      `#${facts.displayId}`,
      String(facts.graceHours),
      facts.orderUrl,
    ],
    "phone-verification": (facts) => [
      facts.code,
      String(facts.minutes),
      facts.signUpUrl,
    ],
    "order-transfer-requested": (facts) => [
      `#${facts.displayId}`,
      facts.accountEmail,
      facts.acceptUrl,
    ],
    "producer-new-order": (facts) => [
      `#${facts.displayId}`,
      facts.producerName,
      ...facts.lines.map((line) => `${line.title} × ${line.quantity}`),
      facts.shipTo.name,
      facts.shipTo.phone,
      ...facts.shipTo.lines,
      facts.portalUrl,
    ],
    "producer-low-stock": (facts) => [
      facts.productTitle,
      facts.variantTitle!,
      String(facts.stock),
      String(facts.threshold),
      facts.portalUrl,
    ],
    "producer-password-reset": (facts) => [facts.resetUrl],
    "producer-invite": (facts) => [facts.producerName, facts.inviteUrl],
    "officer-producer-submitted": (facts) => [
      facts.producerName,
      facts.adminUrl,
    ],
    "officer-transfer-attention": (facts) => [
      vnd(facts.amount),
      facts.reference!,
      `#${facts.orderDisplayId}`,
      facts.adminUrl,
    ],
  }

/** Every link the facts carry, except QR images: those are pictures, not links. */
function linksOf(facts: object): string[] {
  return Object.entries(facts)
    .filter(
      (entry): entry is [string, string] =>
        /Url$/.test(entry[0]) &&
        entry[0] !== "qrImageUrl" &&
        typeof entry[1] === "string"
    )
    .map(([, url]) => url)
}

const render = <K extends MessageKind>(
  kind: K,
  locale: MessageLocale,
  change: (facts: SampleFacts[K]) => SampleFacts[K] = (facts) => facts
) => renderEmail(kind, locale, change(sampleFacts(locale)[kind]))

describe("renderEmail", () => {
  describe.each(
    MESSAGE_KINDS.flatMap((kind) => LOCALES.map((locale) => ({ kind, locale })))
  )("$kind in $locale", ({ kind, locale }) => {
    it("has a subject, HTML and plain text in the reader's language, saying why it was sent", async () => {
      const email = await render(kind, locale)
      const other = LANGUAGE[locale === "vi" ? "en" : "vi"]

      expect(email.subject.trim()).not.toEqual("")
      expect(email.html).toContain(`lang="${locale}"`)
      for (const part of [email.html, email.text]) {
        expect(part).toContain(LANGUAGE[locale].brand)
        expect(part).toContain(LANGUAGE[locale].reason)
        expect(part).not.toContain(other.brand)
        expect(part).not.toContain(other.reason)
      }
    })

    it("shows the facts the reader looks for, in the HTML and in the plain text", async () => {
      const facts = sampleFacts(locale)[kind]
      const email = await render(kind, locale)
      const lookedFor = (
        LOOKED_FOR[kind] as (facts: MessageFacts[MessageKind]) => string[]
      )(facts)

      for (const fact of lookedFor) {
        expect(email.text).toContain(fact)
        expect(email.html).toContain(inHtml(fact))
      }
    })

    it("makes every link a button and spells its address out in the plain text", async () => {
      const facts = sampleFacts(locale)[kind]
      const email = await render(kind, locale)
      const links = linksOf(facts)

      expect(links.length).toBeGreaterThan(0)
      for (const url of links) {
        expect(email.html).toContain(`href="${inHtml(url)}"`)
        expect(email.text).toMatch(new RegExp(`\\S+ ${escapeRegExp(url)}`))
      }
    })

    it("embeds no data: image, which mail apps block", async () => {
      const email = await render(kind, locale)

      expect(email.html).not.toMatch(/src="data:/)
      expect(email.text).not.toContain("data:")
    })
  })

  it.each(MESSAGE_KINDS)(
    "words %s differently in Vietnamese and in English",
    async (kind) => {
      const vi = await render(kind, "vi")
      const en = await render(kind, "en")

      expect(vi.subject).not.toEqual(en.subject)
      expect(vi.text).not.toEqual(en.text)
    }
  )

  it("writes amounts as Vietnamese đồng in English too", async () => {
    const email = await render("payment-refunded", "en", (facts) => ({
      ...facts,
      amount: 1_250_000,
    }))

    expect(email.subject).toContain("1.250.000\u00a0₫")
    expect(email.text).toContain("1.250.000\u00a0₫")
  })

  it("shows the VietQR code as a hosted picture beside the transfer details", async () => {
    const facts = sampleFacts("vi")["order-placed"]
    const email = await render("order-placed", "vi")

    expect(facts.payment.kind).toEqual("vietqr")
    const qr = facts.payment.kind === "vietqr" ? facts.payment.qrImageUrl : ""
    expect(email.html).toContain(`<img alt="Mã VietQR`)
    expect(email.html).toContain(`src="${inHtml(qr)}"`)
    expect(qr).toMatch(/^https?:\/\/.+\/qr\/[\w.-]+\.png$/)
    expect(email.text).toContain("Nội dung chuyển khoản   OCOP7K3Q9X")
    expect(email.text).toContain("Chợ giữ hàng cho bạn trong 30 phút")
  })

  it("gives a pre-ordered line its ship date, in the shopper's language", async () => {
    const vi = await render("order-placed", "vi")
    const en = await render("order-placed", "en")

    expect(vi.text).toContain(
      "Hồng treo gió – túi 500 g × 1 (dự kiến giao 15/01/2027)"
    )
    expect(en.text).toContain("× 1 (expected to ship 15 January 2027)")
    expect(vi.text).not.toContain("Dâu tây Nam Anh – hộp 500 g × 2 (")
  })

  it("leaves the transfer section out of an order paid by card", async () => {
    const email = await render("order-placed", "en", (facts) => ({
      ...facts,
      payment: { kind: "card" },
      holdMinutes: undefined,
    }))

    expect(email.subject).toEqual("Xuân Thọ OCOP Market received order #1024")
    expect(email.text).toContain("You paid by card.")
    expect(email.text).not.toContain("Transfer content")
    expect(email.html).not.toContain("<img")
  })

  it("gives the carrier and tracking number without a tracking button when the carrier has no page", async () => {
    const email = await render("order-shipped", "vi", (facts) => ({
      ...facts,
      carrier: "Nhà xe Phương Trang",
      trackingNumber: "PT-0417",
      trackingUrl: null,
    }))

    expect(email.text).toContain("Nhà xe Phương Trang")
    expect(email.text).toContain("PT-0417")
    expect(email.text).not.toContain("Theo dõi vận đơn")
  })

  it("tells a producer a variant has sold out when its stock reaches zero", async () => {
    const email = await render("producer-low-stock", "vi", (facts) => ({
      ...facts,
      stock: 0,
    }))

    expect(email.subject).toEqual("Đã hết hàng: Hồng treo gió – Túi 500 g")
    expect(email.text).toContain("khách không đặt thêm được")
  })

  it.each([
    ["unknown_reference", "không khớp đơn hàng nào", "matches no order"],
    ["underpaid", "ít hơn số tiền phải trả", "less than it costs"],
    ["overpaid", "hoàn lại phần tiền thừa", "Refund the excess"],
    ["needs_refund", "đơn đã bị huỷ", "the order is cancelled"],
    ["wrong_account", "tài khoản khác", "an account other than"],
  ])(
    "explains a %s transfer to officers in plain words",
    async (outcome, vi, en) => {
      const unknown = outcome === "unknown_reference"
      const change = (facts: SampleFacts["officer-transfer-attention"]) => ({
        ...facts,
        outcome,
        reference: unknown ? null : facts.reference,
        orderDisplayId: unknown ? null : facts.orderDisplayId,
      })
      const inVietnamese = await render(
        "officer-transfer-attention",
        "vi",
        change
      )
      const inEnglish = await render("officer-transfer-attention", "en", change)

      expect(inVietnamese.text).toContain(vi)
      expect(inEnglish.text).toContain(en)
      expect(inVietnamese.text).not.toContain(outcome)
    }
  )

  it("escapes what people typed, such as a producer's name", async () => {
    const email = await render("producer-new-order", "en", (facts) => ({
      ...facts,
      producerName: `HTX <script>alert("x")</script>`,
    }))

    expect(email.html).not.toContain("<script>")
    expect(email.html).toContain("HTX &lt;script&gt;")
  })
})

function escapeRegExp(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}
