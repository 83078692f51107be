import { expect, test } from "./fixtures"
import { ProductPage } from "./pages/product-page"

// Bad input: a cart line cannot go above what is in stock. The shopper keeps the
// quantity they had and reads why, instead of an error page. Only this browser's cart changes.

test("raising a cart line past the stock keeps the quantity and says there is no more", async ({
  page,
  request,
}) => {
  const backend = process.env.BACKEND_URL ?? "http://localhost:9000"
  const listed = await request.get(
    `${backend}/store/products?handle=chuoi-laba-say&fields=variants.id,variants.variant_rank,+variants.inventory_quantity`,
    {
      headers: {
        "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
      },
    }
  )
  const { products } = (await listed.json()) as {
    products: {
      variants: {
        id: string
        variant_rank: number
        inventory_quantity: number
      }[]
    }[]
  }
  const [variant] = [...products[0].variants].sort(
    (a, b) => a.variant_rank - b.variant_rank
  )
  const stock = variant.inventory_quantity
  expect(stock).toBeGreaterThan(1)

  await test.step(`put all ${stock} in stock into the cart`, async () => {
    const product = new ProductPage(page)
    await product.goto("chuoi-laba-say")
    await product.variantSelect.selectOption(variant.id)
    await page.getByTestId("quantity-input").fill(String(stock))
    await product.addToCart.click()
    await expect(page.getByTestId("add-to-cart-status")).not.toBeEmpty()
  })

  await test.step("one more is refused next to the line, and the quantity stays", async () => {
    await page.goto("/vi/cart")
    const quantity = page.getByTestId("cart-line-quantity")
    await expect(quantity).toHaveText(String(stock))
    await page.getByTestId("cart-line-increase").click()
    await expect(page.getByTestId("cart-line-out-of-stock")).toContainText(
      "Không đủ hàng"
    )
    await expect(quantity).toHaveText(String(stock))
  })

  await test.step("going down still works and clears the notice", async () => {
    await page.getByTestId("cart-line-decrease").click()
    await expect(page.getByTestId("cart-line-quantity")).toHaveText(
      String(stock - 1)
    )
    await expect(page.getByTestId("cart-line-out-of-stock")).toHaveCount(0)
  })
})
