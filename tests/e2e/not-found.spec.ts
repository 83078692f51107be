import { expect, test, type APIRequestContext } from "./fixtures"
import { ProducerPage } from "./pages/producer-page"
import { ProductPage } from "./pages/product-page"
import { SCREEN_INDEPENDENT } from "./tags"

// What a crawler or a shared link receives before any script runs: the status and the HTML.
async function serverHtml(request: APIRequestContext, path: string) {
  const response = await request.get(path)
  return { status: response.status(), html: await response.text() }
}

test(
  "a missing product or producer answers 404 with the whole Vietnamese not-found page in its HTML",
  SCREEN_INDEPENDENT,
  async ({ page, request }) => {
    for (const path of [
      "/vi/products/khong-co-san-pham-nay",
      "/vi/producers/khong-ton-tai",
    ]) {
      await test.step(`${path}: 404, lang="vi", the site header and the not-found page`, async () => {
        const { status, html } = await serverHtml(request, path)
        expect(status).toBe(404)
        expect(html).toMatch(/<html[^>]* lang="vi"/)
        expect(html).toMatch(
          /<header[^>]*>[\s\S]*data-testid="nav-home"[\s\S]*OCOP Xuân Thọ[\s\S]*<\/header>/
        )
        expect(html).toContain('data-testid="not-found"')
        expect(html).toContain("Không tìm thấy trang")
      })
    }

    await test.step("an existing product still answers 200", async () => {
      const { status, html } = await serverHtml(
        request,
        "/vi/products/dau-tay-namanh"
      )
      expect(status).toBe(200)
      expect(html).toContain("Dâu tây")
    })

    await test.step("an unknown category and an unknown order answer 404 too", async () => {
      for (const path of [
        "/vi/products?category=khong-co-danh-muc",
        "/vi/orders/order_01KHONGCODONHANGNAY000000",
      ]) {
        expect((await serverHtml(request, path)).status, path).toBe(404)
      }
    })

    await test.step("in the browser, the page says so in Vietnamese", async () => {
      const product = new ProductPage(page)
      const response = await product.goto("khong-co-san-pham-nay", "vi")
      expect(response?.status()).toBe(404)
      await expect(page.locator("html")).toHaveAttribute("lang", "vi")
      await expect(product.notFound).toContainText("Không tìm thấy trang")
    })

    await test.step("an English address answers 404 and says it in English too", async () => {
      const product = new ProductPage(page)
      const response = await product.goto("no-such-product", "en")
      expect(response?.status()).toBe(404)
      await expect(product.notFound).toContainText("Page not found")
    })
  }
)

test(
  "an unknown producer or path answers HTTP 404",
  SCREEN_INDEPENDENT,
  async ({ page }) => {
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
  }
)
