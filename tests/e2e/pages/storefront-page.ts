import { expect, type Locator, type Page } from "@playwright/test"

export type Locale = "vi" | "en"

/** Parts every storefront page shares: header, language switch, not-found view. */
export class StorefrontPage {
  readonly languageSwitch: Locator
  readonly menuToggle: Locator
  readonly notFound: Locator

  constructor(readonly page: Page) {
    this.languageSwitch = page.getByTestId("language-switch")
    this.menuToggle = page.getByTestId("header-menu-toggle")
    this.notFound = page.getByTestId("not-found")
  }

  /** On a phone the sections and the language switch sit behind the header's menu button. */
  async openMenuIfClosed() {
    if (
      (await this.menuToggle.isVisible()) &&
      (await this.menuToggle.getAttribute("aria-expanded")) !== "true"
    ) {
      await this.menuToggle.click()
    }
  }

  /** Follows one of the header's sections ("nav-products", "nav-producers", "nav-portal"). */
  async openSection(testId: string) {
    await this.openMenuIfClosed()
    await this.page.getByTestId(testId).click()
  }

  async switchLanguage(to: Locale) {
    await expect(this.languageSwitch).toHaveAttribute("hreflang", to)
    await this.openMenuIfClosed()
    await this.languageSwitch.click()
    await expect(this.page).toHaveURL(new RegExp(`/${to}(/|$)`))
    await expect(this.page.locator("html")).toHaveAttribute("lang", to)
  }
}

/** "120.000 ₫": dot-grouped whole đồng, a no-break space, then ₫ — in both locales. */
export const VND_PRICE = /\d{1,3}(\.\d{3})*\u00a0₫/
