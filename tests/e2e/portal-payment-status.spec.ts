import { reportBankTransfer } from "./bank-transfer"
import { expect, test } from "./fixtures"
import { PHONE_ONLY } from "./tags"
import { CheckoutPage } from "./pages/checkout-page"
import { PortalPage, seededProducerAccount } from "./pages/portal-page"
import { ProductPage } from "./pages/product-page"

// A cooperative sends goods only once the shopper's money has arrived. It places an order, pays
// it and ships it, so it runs once, in the mobile project.

test(
  "a member sees an unpaid VietQR order as awaiting payment with no ship button, and ships it once the bank reports the transfer",
  PHONE_ONLY,
  async ({ page, request }) => {
    // Shop, check out, sign in, pay, reload until paid, ship: placing the order alone can take
    // over 15 s while the other worker runs on the same two cores.
    test.setTimeout(150_000)
    const product = new ProductPage(page)
    const checkout = new CheckoutPage(page)
    const portal = new PortalPage(page)
    const tracking = `GHN${Date.now()}`
    let orderId = ""
    let transfer = { reference: "", amount: 0 }

    await test.step("a shopper orders fruit chilli (HTX Vườn Nhà) with VietQR and has not paid yet", async () => {
      await product.goto("ot-trai-cay")
      await product.addToCart.click()
      await expect(page.getByTestId("add-to-cart-status")).not.toBeEmpty()
      await page.goto("/vi/cart")
      await page.getByTestId("checkout-button").click()
      await expect(page).toHaveURL(/\/vi\/checkout$/)
      // A contact of its own: the backend caps unpaid transfer orders per email and per phone, and
      // other specs leave theirs unpaid.
      await checkout.email.fill("hoa@example.vn")
      await checkout.phone.fill("0903 456 789")
      await checkout.name.fill("Lê Thị Hoa")
      await checkout.chooseAddress("Lâm Đồng", "Phường Xuân Trường - Đà Lạt")
      await checkout.street.fill("8 Phan Đình Phùng")
      await checkout.placeOrder.click()
      await expect(page).toHaveURL(/\/vi\/orders\/order_[A-Z0-9]+$/, {
        timeout: 45_000,
      })
      await expect(checkout.paymentStatus).toHaveAttribute(
        "data-status",
        "awaiting"
      )
      orderId = page.url().split("/").pop()!
      transfer = {
        reference: await checkout.reference.innerText(),
        amount: await checkout.amountInDong(),
      }
    })

    const order = page.locator(`[data-order-id="${orderId}"]`)
    const payment = order.getByTestId("order-payment-status")

    await test.step("the member sees the order awaiting payment and no way to ship it yet", async () => {
      await portal.signIn(seededProducerAccount("htx-vuon-nha-da-lat"))
      await page.getByTestId("portal-nav-orders").click()
      await expect(order).toBeVisible()
      await expect(payment).toHaveAttribute("data-status", "awaiting_transfer")
      await expect(payment).toHaveText("Chờ thanh toán")
      await expect(order.getByTestId("portal-mark-shipped")).toHaveCount(0)
      await expect(order.getByTestId("portal-ship-when-paid")).toHaveText(
        "Chỉ gửi hàng sau khi đơn đã được thanh toán."
      )
    })

    await test.step("the bank reports the transfer and the reloaded page shows the order paid", async () => {
      await reportBankTransfer(request, transfer)
      // The backend settles the transfer in the background; the portal shows it on the next load.
      await expect(async () => {
        await page.reload()
        await expect(payment).toHaveAttribute("data-status", "paid", {
          timeout: 2_000,
        })
      }).toPass({ timeout: 30_000 })
      await expect(payment).toHaveText("Đã thanh toán")
      await expect(order.getByTestId("portal-ship-when-paid")).toHaveCount(0)
    })

    await test.step("the member ships the paid order", async () => {
      await order.getByTestId("portal-carrier").selectOption("ghn")
      await order.getByTestId("portal-tracking-number").fill(tracking)
      await order.getByTestId("portal-mark-shipped").click()
      await expect(order.getByTestId("portal-order-shipped")).toContainText(
        tracking
      )
      await expect(order.getByTestId("portal-mark-shipped")).toHaveCount(0)
      await expect(payment).toHaveAttribute("data-status", "paid")
    })
  }
)
