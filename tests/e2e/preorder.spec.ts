import { reportBankTransfer } from "./bank-transfer"
import { expect, test } from "./fixtures"
import { CheckoutPage } from "./pages/checkout-page"
import { PortalPage, seededProducerAccount } from "./pages/portal-page"
import { ProductPage } from "./pages/product-page"
import { PHONE_ONLY } from "./tags"

// Bí mì sợi (HTX Vườn Nhà) is sold out and out of season; the seed opens pre-orders for its next
// harvest. Pre-ordering places an order and takes units, so it runs once, in the mobile project,
// on the smallest phone shoppers and producers use.
test.use({ viewport: { width: 360, height: 740 } })

const SHIP_DATE = /\d{2}\/\d{2}\/\d{4}/

test(
  "a shopper pre-orders sold-out spaghetti squash within what is left, pays by VietQR, and shopper and cooperative read the same ship date",
  PHONE_ONLY,
  async ({ page, request }) => {
    // Placing the order alone can take over 15 s while the other worker runs on the same two cores.
    test.setTimeout(120_000)
    const product = new ProductPage(page)
    const checkout = new CheckoutPage(page)
    const portal = new PortalPage(page)
    const note = page.getByTestId("preorder-note")
    let shipsOn = ""
    let orderId = ""

    await test.step("the product page offers a pre-order and says when it ships", async () => {
      await product.goto("bi-mi-soi")
      await expect(note).toHaveText(
        /^Đặt trước — dự kiến giao \d{2}\/\d{2}\/\d{4} · còn \d+ suất$/
      )
      shipsOn = SHIP_DATE.exec(await note.innerText())![0]
      await expect(product.addToCart).toHaveText("Đặt trước")
      await expect(product.addToCart).toBeEnabled()
    })

    await test.step("asking for more than is left is refused with how many are left", async () => {
      // The page may show a count from before another pre-order; one more than it shows is too many.
      const shown = Number(/còn (\d+) suất/.exec(await note.innerText())![1])
      await page.getByTestId("quantity-input").fill(String(shown + 1))
      await product.addToCart.click()
      await expect(page.getByTestId("add-to-cart-status")).toContainText(
        /Chỉ còn \d+ suất đặt trước/
      )
    })

    await test.step("pre-orders 2 and pays by VietQR", async () => {
      await page.getByTestId("quantity-input").fill("2")
      await product.addToCart.click()
      await expect(page.getByTestId("add-to-cart-status")).toContainText(
        "Đã thêm 2"
      )
      await page.goto("/vi/cart")
      await page.getByTestId("checkout-button").click()
      await expect(page).toHaveURL(/\/vi\/checkout$/)
      await checkout.email.fill("hoa@example.vn")
      await checkout.phone.fill("0912 345 678")
      await checkout.name.fill("Lê Thị Hoa")
      await checkout.chooseAddress("Lâm Đồng", "Phường Xuân Trường - Đà Lạt")
      await checkout.street.fill("8 Phan Đình Phùng")
      await checkout.placeOrder.click()
      await expect(page).toHaveURL(/\/vi\/orders\/order_[A-Z0-9]+$/, {
        timeout: 45_000,
      })
      orderId = new URL(page.url()).pathname.split("/").pop()!
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

    await test.step("the paid order page says when the squash ships", async () => {
      await expect(page.getByTestId("line-ships-on")).toHaveText(
        `Dự kiến giao: ${shipsOn}`
      )
    })

    await test.step("the cooperative's member reads the same date on the order", async () => {
      await portal.signIn(seededProducerAccount("htx-vuon-nha-da-lat"))
      await page.getByTestId("portal-nav-orders").click()
      const order = page.locator(`[data-order-id="${orderId}"]`)
      await expect(order.getByTestId("line-ships-on")).toHaveText(
        `Dự kiến giao: ${shipsOn}`
      )
    })

    await test.step("the product's pre-order card shows the date, fits the phone, and names a refused harvest day beside its input", async () => {
      await portal.openProduct("bi-mi-soi")
      const card = page.getByTestId("portal-preorder")
      await expect(card.getByTestId("preorder-ships-on")).toHaveText(
        `Dự kiến giao: ${shipsOn}`
      )
      await expect(card.getByTestId("preorder-counts")).toHaveText(
        /^Đã đặt \d+ · còn \d+ suất$/
      )
      const box = (await card.boundingBox())!
      expect(box.x + box.width).toBeLessThanOrEqual(360)
      // A day long past: the backend refuses it and nothing is saved.
      await card.getByTestId("preorder-harvest-on").fill("2020-01-01")
      await card.getByTestId("preorder-save").click()
      await expect(card.getByTestId("preorder-error-harvest_on")).toBeVisible()
      await expect(card.getByTestId("preorder-saved")).toHaveCount(0)
    })
  }
)
