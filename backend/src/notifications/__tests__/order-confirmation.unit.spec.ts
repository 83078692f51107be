import { describe, expect, it } from "vitest"
import {
  type OrderConfirmationInput,
  renderOrderConfirmation,
} from "../order-confirmation"

const order: OrderConfirmationInput = {
  locale: "vi",
  displayId: 42,
  orderUrl: "https://cho.example.vn/vi/orders/order_01",
  lines: [{ title: "Dâu tây Nam Anh · 500g", quantity: 2, total: 240000 }],
  itemTotal: 240000,
  shippingTotal: 30000,
  total: 270000,
  payment: {
    kind: "vietqr",
    reference: "OCOP7K3Q9X",
    amount: 270000,
    bankName: "VietinBank",
    accountNumber: "102874563910",
    accountName: "HTX NONG NGHIEP XUAN THO",
  },
}

// Intl puts a no-break space before ₫; shoppers read it as a space.
const plain = (value: string) => value.replace(/\u00a0/g, " ")

describe("order confirmation email", () => {
  it("tells a Vietnamese shopper what was ordered, the total and how to transfer", () => {
    const email = renderOrderConfirmation(order)
    const text = plain(email.text)
    expect(email.subject).toEqual("Chợ OCOP Xuân Thọ: đã nhận đơn hàng #42")
    expect(text).toContain("Dâu tây Nam Anh · 500g × 2: 240.000 ₫")
    expect(text).toContain("Phí giao hàng: 30.000 ₫")
    expect(text).toContain("Tổng cộng: 270.000 ₫")
    expect(text).toContain("Nội dung chuyển khoản: OCOP7K3Q9X")
    expect(text).toContain("Số tài khoản: 102874563910")
    expect(text).toContain(
      "Theo dõi đơn hàng: https://cho.example.vn/vi/orders/order_01"
    )
    const html = plain(email.html)
    expect(html).toContain("270.000 ₫")
    expect(html).toContain("OCOP7K3Q9X")
    expect(html).toContain('href="https://cho.example.vn/vi/orders/order_01"')
  })

  it("speaks English to a shopper who shopped in English, amounts still in đồng", () => {
    const email = renderOrderConfirmation({
      ...order,
      locale: "en",
      orderUrl: "https://cho.example.vn/en/orders/order_01",
      payment: { kind: "card" },
    })
    expect(email.subject).toEqual("Xuân Thọ OCOP Market: we received order #42")
    expect(plain(email.text)).toContain("Total: 270.000 ₫")
    expect(email.text).toContain("Paid by card.")
    expect(email.text).not.toContain("Transfer message")
  })

  it("escapes a product title so it cannot inject markup", () => {
    const email = renderOrderConfirmation({
      ...order,
      lines: [{ title: "<b>Hồng</b> & treo gió", quantity: 1, total: 1000 }],
    })
    expect(email.html).toContain("&lt;b&gt;Hồng&lt;/b&gt; &amp; treo gió")
    expect(email.html).not.toContain("<b>Hồng")
  })
})
