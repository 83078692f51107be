import { reportBankTransfer } from "./bank-transfer"
import { expect, test } from "./fixtures"
import { CheckoutPage } from "./pages/checkout-page"
import { ProductPage } from "./pages/product-page"
import { PHONE_ONLY } from "./tags"

test(
  "a shopper buys strawberries with VietQR and the order page turns paid by itself",
  PHONE_ONLY,
  async ({ page, request }) => {
    // Placing the order alone can take over 15 s while the other worker runs on the same two cores.
    test.setTimeout(120_000)
    const product = new ProductPage(page)
    const checkout = new CheckoutPage(page)

    await test.step("add strawberries to the cart and go to checkout", async () => {
      await product.goto("dau-tay-namanh")
      await product.addToCart.click()
      await expect(page.getByTestId("add-to-cart-status")).not.toBeEmpty()
      await page.goto("/vi/cart")
      await page.getByTestId("checkout-button").click()
      await expect(page).toHaveURL(/\/vi\/checkout$/)
    })

    await test.step("a phone number that is not Vietnamese is refused with the field named", async () => {
      await checkout.email.fill("lan@example.vn")
      await checkout.phone.fill("12345")
      await checkout.name.fill("Nguyễn Thị Lan")
      await checkout.chooseAddress("Lâm Đồng", "Phường Xuân Trường - Đà Lạt")
      await checkout.street.fill("12 Hùng Vương")
      await checkout.placeOrder.click()
      await expect(page.getByTestId("checkout-error-phone")).toContainText(
        "0912 345 678"
      )
    })

    await test.step("with a valid mobile the order is placed and shows the VietQR code", async () => {
      await checkout.phone.fill("0912 345 678")
      await checkout.placeOrder.click()
      await expect(page).toHaveURL(/\/vi\/orders\/order_[A-Z0-9]+$/, {
        timeout: 45_000,
      })
      await expect(checkout.paymentStatus).toHaveAttribute(
        "data-status",
        "awaiting"
      )
      await expect(checkout.qrImage).toBeVisible()
      await expect(checkout.reference).toHaveText(/^OCOP[2-9A-Z]{6}$/)
    })

    await test.step("the bank reports the transfer and the page turns paid without a reload", async () => {
      await reportBankTransfer(request, {
        reference: await checkout.reference.innerText(),
        amount: await checkout.amountInDong(),
      })
      await expect(checkout.paymentStatus).toHaveAttribute(
        "data-status",
        "paid",
        {
          timeout: 20_000,
        }
      )
      await expect(checkout.paymentStatus).toHaveText("Đã thanh toán")
    })
  }
)
