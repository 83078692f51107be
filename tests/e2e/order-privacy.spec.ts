import { expect, test } from "./fixtures"
import { PHONE_ONLY } from "./tags"
import { CheckoutPage } from "./pages/checkout-page"
import { OrderPage } from "./pages/order-page"
import { ProductPage } from "./pages/product-page"

// A guest order's page is reachable by its link alone, so it shows who the order goes to only
// to the browser that placed it or looked it up with the order's number and contact.

const backend = process.env.BACKEND_URL ?? "http://localhost:9000"

test(
  "only the buyer, or whoever knows the order's number and email, sees where it goes",
  PHONE_ONLY,
  async ({ page, browser, baseURL }) => {
    // Shop, check out, then a second browser: placing the order alone can take over 15 s
    // while the other worker runs on the same two cores.
    test.setTimeout(150_000)
    const product = new ProductPage(page)
    const checkout = new CheckoutPage(page)
    const order = new OrderPage(page)
    const email = `giao-${Date.now()}@example.vn`
    let orderPath = ""
    let number = ""

    await test.step("a shopper buys strawberries", async () => {
      await product.goto("dau-tay-namanh")
      await product.addToCart.click()
      await expect(page.getByTestId("add-to-cart-status")).not.toBeEmpty()
      await page.goto("/vi/cart")
      await page.getByTestId("checkout-button").click()
      await expect(page).toHaveURL(/\/vi\/checkout$/)
      await checkout.email.fill(email)
      await checkout.phone.fill("0912 345 678")
      await checkout.name.fill("Nguyễn Thị Lan")
      await checkout.chooseAddress("Lâm Đồng", "Phường Xuân Trường - Đà Lạt")
      await checkout.street.fill("12 Hùng Vương")
      await checkout.placeOrder.click()
      await expect(page).toHaveURL(/\/vi\/orders\/order_[A-Z0-9]+$/, {
        timeout: 45_000,
      })
      orderPath = new URL(page.url()).pathname
      number = await order.displayId()
    })

    await test.step("the buyer's order page shows where it goes", async () => {
      await expect(order.delivery).toContainText("Giao đến")
      await expect(order.deliveryField("name")).toHaveText("Nguyễn Thị Lan")
      await expect(order.deliveryField("phone")).toHaveText("0912 345 678")
      await expect(order.deliveryField("email")).toHaveText(email)
      await expect(order.deliveryField("address")).toHaveText(
        "12 Hùng Vương, Phường Xuân Trường - Đà Lạt, Lâm Đồng"
      )
    })

    await test.step("the proof is kept for this order's page in both languages, out of scripts' reach", async () => {
      const orderId = orderPath.split("/").pop()
      const proofs = async () =>
        (await page.context().cookies())
          .filter((cookie) => cookie.name === "order_proof")
          .map(({ path, httpOnly, sameSite }) => ({ path, httpOnly, sameSite }))
          .sort((a, b) => a.path.localeCompare(b.path))
      await expect.poll(proofs).toEqual([
        { path: `/en/orders/${orderId}`, httpOnly: true, sameSite: "Lax" },
        { path: `/vi/orders/${orderId}`, httpOnly: true, sameSite: "Lax" },
      ])
    })

    await test.step("switching to English keeps it", async () => {
      await order.switchLanguage("en")
      await expect(order.delivery).toContainText("Delivering to")
      await expect(order.deliveryField("name")).toHaveText("Nguyễn Thị Lan")
      await order.switchLanguage("vi")
      await expect(order.delivery).toContainText("Giao đến")
    })

    const stranger = await browser.newContext({ baseURL })
    try {
      const strangerPage = await stranger.newPage()
      const strangers = new OrderPage(strangerPage)

      await test.step("another browser with the same link sees the order but nobody's details", async () => {
        await strangerPage.goto(orderPath)
        await expect(strangers.title).toContainText(`#${number}`)
        await expect(strangerPage.getByTestId("order-line")).not.toHaveCount(0)
        await expect(strangers.delivery).toHaveCount(0)
        const body = strangerPage.locator("body")
        for (const detail of [
          email,
          "0912 345 678",
          "12 Hùng Vương",
          "Nguyễn Thị Lan",
        ]) {
          await expect(body).not.toContainText(detail)
        }
      })

      await test.step("looking the order up with its number and email opens it with the address", async () => {
        await strangers.lookUp("vi", number, email)
        await expect(strangerPage).toHaveURL(new RegExp(`${orderPath}$`))
        await expect(strangers.deliveryField("address")).toHaveText(
          "12 Hùng Vương, Phường Xuân Trường - Đà Lạt, Lâm Đồng"
        )
        await expect(strangers.deliveryField("email")).toHaveText(email)
      })
    } finally {
      await stranger.close()
    }
  }
)

test(
  "the lookup form says, in the shopper's language, to wait after too many tries",
  PHONE_ONLY,
  async ({ page, request }) => {
    const order = new OrderPage(page)
    // Counted per contact: one of its own keeps other runs and journeys out of it.
    const contact = `qua-nhieu-${Date.now()}@example.vn`
    const lookUp = () =>
      request.post(`${backend}/store/order-lookup`, {
        headers: {
          "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
        },
        data: { display_id: 999999, contact },
      })

    await test.step("ten lookups with a wrong contact find nothing", async () => {
      // The form would show the same "not found" ten times; the backend counts them all the same.
      for (let attempt = 1; attempt <= 10; attempt++) {
        expect((await lookUp()).status(), `lookup ${attempt}`).toBe(404)
      }
    })

    await test.step("the eleventh, in the form, shows the backend's wait message in Vietnamese", async () => {
      await order.lookUp("vi", "999999", contact)
      await expect(order.lookupError).toHaveAttribute("data-reason", "tooMany")
      // The backend's own sentence says when: "… thử lại sau 15 phút."
      await expect(order.lookupError).toContainText(/thử lại sau \d+/)
      await expect(page).toHaveURL(/\/vi\/order-lookup$/)
    })

    await test.step("and in English on the English form", async () => {
      await order.lookUp("en", "999999", contact)
      await expect(order.lookupError).toHaveAttribute("data-reason", "tooMany")
      await expect(order.lookupError).toContainText(/try again in \d+/i)
    })
  }
)
