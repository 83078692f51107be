import { expect, type Locator, type Page } from "@playwright/test"
import { StorefrontPage, type Locale } from "./storefront-page"

export class HomePage extends StorefrontPage {
  readonly brandLine: Locator
  readonly productCards: Locator
  readonly producerCards: Locator

  constructor(page: Page) {
    super(page)
    this.brandLine = page.getByTestId("brand-line")
    this.productCards = page.getByTestId("product-card")
    this.producerCards = page.getByTestId("producer-card")
  }

  async goto(locale: Locale = "vi") {
    await this.page.goto(`/${locale}`)
    await expect(this.brandLine).toBeVisible()
  }

  async openProductList() {
    await this.openSection("nav-products")
    await expect(this.page).toHaveURL(/\/(vi|en)\/products(\?|$)/)
  }
}
