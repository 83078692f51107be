import { expect, test } from "./fixtures"
import { ProductPage } from "./pages/product-page"
import { VND_PRICE } from "./pages/storefront-page"

test("switching from Vietnamese to English keeps the page and translates it", async ({
  page,
}) => {
  const product = new ProductPage(page)

  await test.step("the product page opens in Vietnamese", async () => {
    await product.goto("dau-tay-namanh", "vi")
    await expect(page.locator("html")).toHaveAttribute("lang", "vi")
    await expect(product.title).toHaveText("Dâu tây")
  })

  await test.step("the language switch goes to the same product in English", async () => {
    await product.switchLanguage("en")
    await expect(page).toHaveURL(/\/en\/products\/dau-tay-namanh$/)
    await expect(product.title).not.toHaveText("Dâu tây")
    await expect(product.title).toHaveText(/strawberr/i)
    await expect(page.getByTestId("add-to-cart")).toHaveText(/add to cart/i)
  })

  await test.step("prices keep the Vietnamese format in English", async () => {
    await expect(product.price).toHaveText(VND_PRICE)
  })

  await test.step("and the switch leads back to Vietnamese", async () => {
    await product.switchLanguage("vi")
    await expect(product.title).toHaveText("Dâu tây")
  })
})
