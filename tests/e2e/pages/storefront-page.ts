import { expect, type Locator, type Page } from "@playwright/test"

export type Locale = "vi" | "en"

/** Parts every storefront page shares: header, language switch, not-found view. */
export class StorefrontPage {
  readonly languageSwitch: Locator
  readonly notFound: Locator

  constructor(readonly page: Page) {
    this.languageSwitch = page.getByTestId("language-switch")
    this.notFound = page.getByTestId("not-found")
  }

  async switchLanguage(to: Locale) {
    await expect(this.languageSwitch).toHaveAttribute("hreflang", to)
    await this.languageSwitch.click()
    await expect(this.page).toHaveURL(new RegExp(`/${to}(/|$)`))
    await expect(this.page.locator("html")).toHaveAttribute("lang", to)
  }
}

/** "120.000 ₫": dot-grouped whole đồng, a no-break space, then ₫ — in both locales. */
export const VND_PRICE = /\d{1,3}(\.\d{3})*\u00a0₫/
