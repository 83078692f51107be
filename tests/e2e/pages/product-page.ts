import { expect, type Locator, type Page } from "@playwright/test"
import { StorefrontPage, type Locale } from "./storefront-page"

export class ProductPage extends StorefrontPage {
  readonly title: Locator
  readonly price: Locator
  /** When the product is in season, in the shopper's words; absent without a season. */
  readonly season: Locator
  readonly variantSelect: Locator
  readonly addToCart: Locator
  readonly certificate: Locator
  readonly producerCard: Locator
  readonly marketplaceLinks: Locator

  constructor(page: Page) {
    super(page)
    this.title = page.getByTestId("product-title")
    this.price = page.getByTestId("product-price")
    this.season = page.getByTestId("product-season")
    this.variantSelect = page.getByTestId("variant-select")
    this.addToCart = page.getByTestId("add-to-cart")
    this.certificate = page.getByTestId("certificate-block")
    this.producerCard = page.getByTestId("producer-card")
    this.marketplaceLinks = page.locator(
      '[data-testid="marketplace-link-voso"], [data-testid="marketplace-link-postmart"]'
    )
  }

  async goto(handle: string, locale: Locale = "vi") {
    return this.page.goto(`/${locale}/products/${handle}`)
  }

  async openProducer() {
    await this.producerCard.click()
    await expect(this.page).toHaveURL(/\/producers\/[^/]+$/)
  }
}
