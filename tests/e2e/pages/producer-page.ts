import { type Locator, type Page } from "@playwright/test"
import { StorefrontPage, type Locale } from "./storefront-page"

export class ProducerPage extends StorefrontPage {
  readonly title: Locator
  readonly story: Locator
  readonly productCards: Locator

  constructor(page: Page) {
    super(page)
    this.title = page.getByTestId("producer-title")
    this.story = page.getByTestId("producer-story")
    this.productCards = page.getByTestId("product-card")
  }

  async goto(handle: string, locale: Locale = "vi") {
    return this.page.goto(`/${locale}/producers/${handle}`)
  }

  productCard(handle: string): Locator {
    return this.page.locator(
      `[data-testid="product-card"][data-handle="${handle}"]`
    )
  }
}
