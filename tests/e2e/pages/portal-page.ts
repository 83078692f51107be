import { expect, type Locator, type Page } from "@playwright/test"
import fs from "node:fs"

export type ProducerAccount = {
  email: string
  password: string
  producer_handle: string
}

/** The producer sign-ins the seed wrote (scripts/test.mjs passes MARKET_SEED_FILE). */
export function seededProducerAccount(handle: string): ProducerAccount {
  const file = process.env.MARKET_SEED_FILE
  if (!file) {
    throw new Error(
      "MARKET_SEED_FILE is not set: run the e2e suite through `node scripts/market.mjs test --only=e2e`"
    )
  }
  const seed = JSON.parse(fs.readFileSync(file, "utf8")) as {
    accounts: { producers: ProducerAccount[] }
  }
  const account = seed.accounts.producers.find(
    (producer) => producer.producer_handle === handle
  )
  if (!account) throw new Error(`The seed has no sign-in for ${handle}`)
  return account
}

/** The cooperative portal as a member uses it on a phone. */
export class PortalPage {
  readonly email: Locator
  readonly password: Locator
  readonly signInButton: Locator
  readonly greeting: Locator
  readonly price: Locator
  readonly pricePreview: Locator
  readonly saved: Locator
  readonly listingUrl: Locator
  readonly notFound: Locator
  readonly seasonPreview: Locator
  readonly seasonSaved: Locator
  readonly seasonError: Locator

  constructor(readonly page: Page) {
    this.email = page.getByTestId("portal-email")
    this.password = page.getByTestId("portal-password")
    this.signInButton = page.getByTestId("portal-sign-in-submit")
    this.greeting = page.getByTestId("portal-greeting")
    this.price = page.getByTestId("portal-price")
    this.pricePreview = page.getByTestId("portal-price-preview")
    this.saved = page.getByTestId("portal-form-saved")
    this.listingUrl = page.getByTestId("portal-listing-url")
    this.notFound = page.getByTestId("not-found")
    this.seasonPreview = page.getByTestId("season-preview")
    this.seasonSaved = page.getByTestId("season-saved")
    this.seasonError = page.getByTestId("season-error")
  }

  async signIn(account: ProducerAccount) {
    await this.page.goto("/vi/portal/sign-in")
    await this.email.fill(account.email)
    await this.password.fill(account.password)
    await this.signInButton.click()
    await expect(this.greeting).toBeVisible()
  }

  async openProduct(handle: string) {
    await this.page.getByTestId("portal-nav-products").click()
    await this.page.getByTestId(`portal-product-${handle}`).click()
    await expect(this.page).toHaveURL(/\/portal\/products\/prod_[^/]+$/)
  }

  async openVariant(title: string) {
    await this.page.getByTestId(`portal-variant-${title}`).click()
    await expect(this.price).toBeVisible()
  }

  async setPrice(typed: string) {
    await this.price.fill(typed)
    await this.page.getByTestId("portal-save-variant").click()
    await expect(this.saved).toBeVisible()
  }

  async addListing(marketplace: "voso" | "postmart", url: string) {
    await this.page.getByTestId(`portal-marketplace-${marketplace}`).check()
    await this.listingUrl.fill(url)
    await this.page.getByTestId("portal-add-listing").click()
    await expect(this.saved).toBeVisible()
  }

  /** A month chip, by number (1 = January); checking it checks the box inside. */
  seasonMonth(month: number): Locator {
    return this.page.getByTestId(`season-month-${month}`)
  }

  /** Picks all year or seasonal and exactly `months` on the product's season section. */
  async chooseSeason(allYear: boolean, months: number[]) {
    await this.page
      .getByTestId(allYear ? "season-all-year" : "season-seasonal")
      .check()
    for (let month = 1; month <= 12; month++) {
      await this.seasonMonth(month).setChecked(months.includes(month))
    }
  }
}
