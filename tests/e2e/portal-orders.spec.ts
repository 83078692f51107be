import { reportBankTransfer } from "./bank-transfer"
import { expect, test } from "./fixtures"
import { PHONE_ONLY } from "./tags"
import { CheckoutPage } from "./pages/checkout-page"
import { PortalPage, seededProducerAccount } from "./pages/portal-page"
import { ProductPage } from "./pages/product-page"

// A cooperative ships its own lines of a mixed order and the shopper can follow the
// parcel. It places an order and ships it, so it runs once, in the mobile project.

test(
  "a cooperative sees only its own line of a mixed order, ships it, and the shopper sees carrier and tracking",
  PHONE_ONLY,
  async ({ page, request }) => {
    // A long journey (shop, check out, pay, sign in, ship, re-open): placing the order alone can
    // take over 15 s while the other worker runs on the same two cores.
    test.setTimeout(170_000)
    const product = new ProductPage(page)
    const checkout = new CheckoutPage(page)
    const portal = new PortalPage(page)
    const tracking = `VTP${Date.now()}`
    let orderUrl = ""

    await test.step("a shopper buys fruit chilli (HTX Vườn Nhà) and strawberries (NamAnh) in one order", async () => {
      for (const handle of ["ot-trai-cay", "dau-tay-namanh"]) {
        await product.goto(handle)
        await product.addToCart.click()
        await expect(page.getByTestId("add-to-cart-status")).not.toBeEmpty()
      }
      await page.goto("/vi/cart")
      await page.getByTestId("checkout-button").click()
      await expect(page).toHaveURL(/\/vi\/checkout$/)
      await checkout.email.fill("mai@example.vn")
      await checkout.phone.fill("0987 654 321")
      await checkout.name.fill("Trần Thị Mai")
      await checkout.chooseAddress("Lâm Đồng", "Phường Xuân Trường - Đà Lạt")
      await checkout.street.fill("5 Trần Phú")
      await checkout.placeOrder.click()
      await expect(page).toHaveURL(/\/vi\/orders\/order_[A-Z0-9]+$/, {
        timeout: 45_000,
      })
      await expect(page.getByTestId("order-fulfillment-status")).toHaveText(
        /Chưa gửi hàng/
      )
      orderUrl = page.url()
    })

    await test.step("the bank reports the shopper's transfer: a member ships only paid orders", async () => {
      await reportBankTransfer(request, {
        reference: await checkout.reference.innerText(),
        amount: await checkout.amountInDong(),
      })
      await expect(checkout.paymentStatus).toHaveAttribute(
        "data-status",
        "paid",
        { timeout: 20_000 }
      )
    })

    const orderId = orderUrl.split("/").pop()!
    const order = page.locator(`[data-order-id="${orderId}"]`)

    await test.step("the HTX member sees the order with only its own line and the address", async () => {
      await portal.signIn(seededProducerAccount("htx-vuon-nha-da-lat"))
      await page.getByTestId("portal-nav-orders").click()
      await expect(order).toBeVisible()
      const lines = order.getByTestId("portal-order-line")
      await expect(lines).toHaveCount(1)
      await expect(lines).toContainText("Ớt trái cây")
      await expect(order).not.toContainText("Dâu tây")
      await expect(order).toContainText("Trần Thị Mai")
    })

    await test.step("marks it shipped with Viettel Post and a tracking number", async () => {
      const carrier = order.getByTestId("portal-carrier")
      // A coach company needs its name; a listed carrier does not ask for one.
      await carrier.selectOption("coach")
      await expect(order.getByTestId("portal-carrier-name")).toBeVisible()
      await carrier.selectOption("viettelpost")
      await expect(order.getByTestId("portal-carrier-name")).toHaveCount(0)
      await order.getByTestId("portal-tracking-number").fill(tracking)
      await order.getByTestId("portal-mark-shipped").click()
      await expect(order.getByTestId("portal-order-shipped")).toContainText(
        tracking
      )
      await expect(
        order.getByTestId("portal-order-tracking-link")
      ).toHaveAttribute(
        "href",
        `https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/?code=${encodeURIComponent(tracking)}`
      )
    })

    await test.step("the member's figures count the chilli sold this week", async () => {
      await page.getByTestId("portal-nav-stats").click()
      await expect(page.getByTestId("portal-sales-bar")).toHaveCount(8)
      const units = Number(
        await page.getByTestId("portal-stats-units").innerText()
      )
      expect(units).toBeGreaterThanOrEqual(1)
      await expect(
        page.getByTestId("portal-sales-bar").last()
      ).not.toHaveAttribute("data-revenue", "0")
    })

    await test.step("the member turns off new-order emails for themself, and it stays off", async () => {
      await page.getByTestId("portal-nav-settings").click()
      const newOrders = page.getByTestId(
        "portal-message-setting-producer-new-order"
      )
      await expect(
        newOrders.getByTestId("portal-message-setting-state")
      ).toHaveText("Đang bật")
      await newOrders.getByRole("button", { name: "Tắt" }).click()
      await expect(
        newOrders.getByTestId("portal-message-setting-state")
      ).toHaveText("Đang tắt")
      await page.reload()
      await expect(
        newOrders.getByTestId("portal-message-setting-state")
      ).toHaveText("Đang tắt")
      await newOrders.getByRole("button", { name: "Bật lại" }).click()
      await expect(
        newOrders.getByTestId("portal-message-setting-state")
      ).toHaveText("Đang bật")
    })

    await test.step("the shopper's order page shows the carrier and the tracking number", async () => {
      await page.goto(orderUrl)
      await expect(page.getByTestId("order-fulfillment-status")).toHaveText(
        "Đã gửi hàng"
      )
      const shipment = page.getByTestId("order-shipment")
      await expect(shipment).toContainText("Viettel Post")
      await expect(shipment).toContainText(tracking)
      await expect(page.getByTestId("order-tracking-link")).toHaveAttribute(
        "href",
        `https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/?code=${encodeURIComponent(tracking)}`
      )
    })
  }
)
