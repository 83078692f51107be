import { expect, type Locator, type Page } from "@playwright/test"
import { StorefrontPage } from "./storefront-page"

export class ProductsPage extends StorefrontPage {
  readonly cards: Locator
  readonly nextPage: Locator

  constructor(page: Page) {
    super(page)
    this.cards = page.getByTestId("product-card")
    this.nextPage = page.getByTestId("pagination-next")
  }

  card(handle: string): Locator {
    return this.page.locator(
      `[data-testid="product-card"][data-handle="${handle}"]`
    )
  }

  /** Walks the paginated list until the product shows up, then opens it. */
  async openProduct(handle: string, maxPages = 20) {
    await expect(this.cards.first()).toBeVisible()
    for (let pageNo = 1; pageNo <= maxPages; pageNo++) {
      if ((await this.card(handle).count()) > 0) {
        await this.card(handle).click()
        await expect(this.page).toHaveURL(new RegExp(`/products/${handle}$`))
        return
      }
      if ((await this.nextPage.count()) === 0) break
      await this.nextPage.click()
      await expect(this.page).toHaveURL(new RegExp(`page=${pageNo + 1}`))
    }
    throw new Error(`Product ${handle} is not listed on /products`)
  }
}
