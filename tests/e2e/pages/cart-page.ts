import { expect, type Locator, type Page } from "@playwright/test"
import { ProductPage } from "./product-page"
import { StorefrontPage, type Locale } from "./storefront-page"

/** Whole đồng from "258.000 ₫" or "−12.000 ₫". */
export function dong(text: string): number {
  return Number(text.replace(/\D/g, ""))
}

/** The cart page: its lines, totals and promotion-code field. */
export class CartPage extends StorefrontPage {
  readonly lines: Locator
  readonly discountTotal: Locator
  readonly total: Locator
  readonly codeField: Locator
  readonly applyCode: Locator
  readonly codeOutcome: Locator
  readonly appliedCodes: Locator
  readonly checkout: Locator

  constructor(page: Page) {
    super(page)
    this.lines = page.getByTestId("cart-line")
    this.discountTotal = page.getByTestId("discount-total")
    this.total = page.getByTestId("cart-total")
    this.codeField = page.getByTestId("promo-code")
    this.applyCode = page.getByTestId("promo-code-apply")
    this.codeOutcome = page.getByTestId("promo-code-outcome")
    this.appliedCodes = page.getByTestId("promo-code-chip")
    this.checkout = page.getByTestId("checkout-button")
  }

  async goto(locale: Locale = "vi") {
    await this.page.goto(`/${locale}/cart`)
  }

  /** Puts one of a product's weights ("500 g") into the cart from its product page. */
  async add(handle: string, weight: string) {
    const product = new ProductPage(this.page)
    await product.goto(handle)
    const option = product.variantSelect.locator("option", {
      hasText: weight,
    })
    await product.variantSelect.selectOption(
      (await option.getAttribute("value")) ?? ""
    )
    await product.addToCart.click()
    await expect(this.page.getByTestId("add-to-cart-status")).not.toBeEmpty()
  }

  line(title: string): Locator {
    return this.lines.filter({
      has: this.page.getByTestId("cart-line-title").getByText(title, {
        exact: true,
      }),
    })
  }

  /** Sends a code; the caller waits for the answer it expects. */
  async apply(code: string) {
    await this.codeField.fill(code)
    await this.applyCode.click()
  }

  async totalInDong(): Promise<number> {
    return dong(await this.total.innerText())
  }
}
