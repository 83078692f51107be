import { expect, test } from "./fixtures"
import { ProducerPage } from "./pages/producer-page"
import { ProductPage } from "./pages/product-page"

test("an unknown product answers HTTP 404 with the localized not-found page", async ({
  page,
}) => {
  const product = new ProductPage(page)

  await test.step("Vietnamese", async () => {
    const response = await product.goto("khong-co-san-pham-nay", "vi")
    expect(response?.status()).toBe(404)
    await expect(product.notFound).toBeVisible()
    await expect(product.notFound).toContainText("Không tìm thấy trang")
  })

  await test.step("English", async () => {
    const response = await product.goto("no-such-product", "en")
    expect(response?.status()).toBe(404)
    await expect(product.notFound).toContainText("Page not found")
  })
})

test("an unknown producer or path answers HTTP 404", async ({ page }) => {
  const producer = new ProducerPage(page)

  await test.step("unknown producer handle", async () => {
    const response = await producer.goto("khong-ton-tai", "vi")
    expect(response?.status()).toBe(404)
    await expect(producer.notFound).toBeVisible()
  })

  await test.step("unknown path under a locale", async () => {
    const response = await page.goto("/en/this/does/not/exist")
    expect(response?.status()).toBe(404)
    await expect(producer.notFound).toContainText("Page not found")
  })
})
