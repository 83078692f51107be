import { expect, test } from "./fixtures"
import { CheckoutPage } from "./pages/checkout-page"
import { ProductPage } from "./pages/product-page"
import { PHONE_ONLY } from "./tags"
import { interceptVnpayPage, sendVnpayIpn, vnpayResult } from "./vnpay-gateway"

test(
  "a shopper pays with VNPay: sent to VNPay, back to 'confirming', then the paid order once the IPN arrives (VNPay replaced at the HTTP boundary)",
  PHONE_ONLY,
  async ({ page, request }) => {
    test.setTimeout(120_000)
    const product = new ProductPage(page)
    const checkout = new CheckoutPage(page)
    const vnpayVisits = await interceptVnpayPage(page)

    await test.step("checkout with VNPay sends the shopper to VNPay's page", async () => {
      await product.goto("dau-tay-namanh")
      await product.addToCart.click()
      await expect(page.getByTestId("add-to-cart-status")).not.toBeEmpty()
      await page.goto("/vi/checkout")
      await checkout.email.fill("mai@example.vn")
      await checkout.phone.fill("0912 345 679")
      await checkout.name.fill("Trần Thị Mai")
      await checkout.chooseAddress("Lâm Đồng", "Phường Xuân Trường - Đà Lạt")
      await checkout.street.fill("5 Trần Hưng Đạo")
      await page.getByTestId("checkout-payment-vnpay").check()
      await checkout.placeOrder.click()
      await expect(
        page.getByRole("heading", { name: "VNPay sandbox" })
      ).toBeVisible({
        timeout: 45_000,
      })
    })

    const paymentUrl = vnpayVisits[0]
    const result = vnpayResult(paymentUrl)
    expect(new URL(paymentUrl).searchParams.get("vnp_Locale")).toBe("vn")

    await test.step("back before VNPay's IPN: the page says it is confirming", async () => {
      await page.goto(`/vi/vnpay-return?${result}`)
      await expect(page.getByTestId("vnpay-status")).toHaveAttribute(
        "data-state",
        "pending"
      )
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "Đang xác nhận thanh toán…"
      )
    })

    await test.step("the IPN places the order; the page finds it by itself and shows it paid", async () => {
      await sendVnpayIpn(request, result)
      await expect(page).toHaveURL(/\/vi\/orders\/order_[A-Z0-9]+$/, {
        timeout: 20_000,
      })
      await expect(checkout.paymentStatus).toHaveAttribute(
        "data-status",
        "paid"
      )
      await expect(page.getByTestId("order-delivery")).toContainText(
        "Trần Thị Mai"
      )
    })
  }
)
