import { expect, test, type Page } from "./fixtures"
import { ProductPage } from "./pages/product-page"
import { SCREEN_INDEPENDENT } from "./tags"

// A page that breaks must not leave a shopper with a blank screen or the framework's English
// error: the checkout's totals are formatted in the browser, so the test makes number
// formatting fail there, as an old or broken browser might, and lets it work again on demand.
async function breakNumberFormatting(page: Page) {
  await page.addInitScript(() => {
    const format = Object.getOwnPropertyDescriptor(
      Intl.NumberFormat.prototype,
      "format"
    )!
    Object.defineProperty(Intl.NumberFormat.prototype, "format", {
      configurable: true,
      get() {
        if (document.documentElement.dataset.numbersBroken !== "false") {
          throw new Error("Number formatting fails in this browser")
        }
        return format.get!.call(this)
      },
    })
  })
}

async function repairNumberFormatting(page: Page) {
  await page.evaluate(() => {
    document.documentElement.dataset.numbersBroken = "false"
  })
}

test(
  "a page that fails shows the error page in the shopper's language, and “Try again” brings it back (the failure is provoked in the browser)",
  SCREEN_INDEPENDENT,
  async ({ page }) => {
    const product = new ProductPage(page)
    const error = page.getByTestId("error-page")
    const retry = page.getByTestId("error-retry")

    await test.step("a product in the cart, so the checkout shows its totals", async () => {
      await product.goto("dau-tay-namanh")
      await product.addToCart.click()
      await expect(page.getByTestId("add-to-cart-status")).not.toBeEmpty()
    })

    await breakNumberFormatting(page)

    await test.step("Vietnamese: the site header stays, the error page says what to do", async () => {
      await page.goto("/vi/checkout")
      await expect(error).toContainText("Trang này đang gặp trục trặc")
      await expect(retry).toHaveText("Thử lại")
      await expect(page.getByTestId("nav-home")).toBeVisible()
    })

    await test.step("“Thử lại” renders the checkout once the browser copes again", async () => {
      await repairNumberFormatting(page)
      await retry.click()
      await expect(error).toHaveCount(0)
      await expect(page.getByTestId("checkout-email")).toBeVisible()
    })

    await test.step("English: the same page in English", async () => {
      await page.goto("/en/checkout")
      await expect(error).toContainText("Something went wrong on this page")
      await expect(retry).toHaveText("Try again")
    })
  }
)
