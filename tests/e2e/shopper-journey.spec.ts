import { expect, test } from "./fixtures"
import { HomePage } from "./pages/home-page"
import { ProducerPage } from "./pages/producer-page"
import { ProductPage } from "./pages/product-page"
import { ProductsPage } from "./pages/products-page"
import { VND_PRICE } from "./pages/storefront-page"

test("a shopper goes from the home page to a product, its producer and a marketplace", async ({
  page,
}) => {
  const home = new HomePage(page)
  const products = new ProductsPage(page)
  const product = new ProductPage(page)
  const producer = new ProducerPage(page)

  await test.step("home shows the brand line and priced OCOP products", async () => {
    await home.goto("vi")
    await expect(home.brandLine).toHaveText(
      "Đà Lạt kết tinh kỳ diệu từ đất lành"
    )
    await expect(home.productCards.first()).toBeVisible()
    await expect(
      home.productCards.first().getByTestId("product-price")
    ).toHaveText(VND_PRICE)
    await expect(home.producerCards.first()).toBeVisible()
  })

  await test.step("open Dâu tây from the product list", async () => {
    await home.openProductList()
    await products.openProduct("dau-tay-namanh")
    await expect(page).toHaveURL(/\/vi\/products\/dau-tay-namanh$/)
    await expect(product.title).toHaveText("Dâu tây")
    await expect(product.price).toHaveText(VND_PRICE)
    await expect(product.variantSelect).toBeVisible()
    await expect(product.addToCart).toBeVisible()
  })

  await test.step("the producer card leads to NamAnh farm's page", async () => {
    await product.openProducer()
    await expect(page).toHaveURL(/\/vi\/producers\/namanh-farm$/)
    await expect(producer.title).toHaveText("NamAnh farm")
    await expect(producer.story).not.toBeEmpty()
    await expect(producer.productCard("dau-tay-namanh")).toBeVisible()
    await expect(
      producer.productCard("dau-tay-namanh").getByTestId("product-card-season")
    ).toHaveText("Quanh năm, ngon nhất tháng 12 – 4")
  })

  await test.step("the marketplace link-out counts the click and redirects to voso.vn or postmart.vn", async () => {
    await producer.productCard("dau-tay-namanh").click()
    await expect(page).toHaveURL(/\/vi\/products\/dau-tay-namanh$/)
    await expect(product.title).toHaveText("Dâu tây")
    const link = product.marketplaceLinks.first()
    await expect(link).toBeVisible()
    await expect(link).toHaveText(/^Mua trên (voso|postmart)\.vn/)
    const href = await link.getAttribute("href")
    expect(href).toMatch(/^\/vi\/go\/[^/]+$/)

    const response = await page.request.get(href!, { maxRedirects: 0 })
    expect(response.status()).toBe(302)
    const location = new URL(response.headers()["location"])
    expect(location.protocol).toBe("https:")
    expect(location.hostname).toMatch(/^(www\.)?(voso|postmart)\.vn$/)
  })

  await test.step("product pages say when each product is in season, in both languages", async () => {
    await expect(product.season).toHaveText("Quanh năm, ngon nhất tháng 12 – 4")
    await product.goto("dau-tay-namanh", "en")
    await expect(product.season).toHaveText("All year, best Dec – Apr")
    // Made October to January: one run across the new year.
    await product.goto("hong-treo-gio", "vi")
    await expect(product.season).toHaveText("Vào mùa: tháng 10 – tháng 1")
  })
})
