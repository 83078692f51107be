import { expect, type Locator, type Page } from "@playwright/test"
import { StorefrontPage } from "./storefront-page"

/** A shopper's account as they meet it: sign-up, sign-in, the account page, the emailed link. */
export class AccountPage extends StorefrontPage {
  readonly name: Locator
  readonly email: Locator
  readonly password: Locator
  readonly signUpSubmit: Locator
  readonly signInForm: Locator
  readonly signInSubmit: Locator
  readonly signOut: Locator
  readonly headerLink: Locator
  readonly orders: Locator
  readonly addresses: Locator
  readonly attachNumber: Locator
  readonly attachContact: Locator
  readonly attachSubmit: Locator
  readonly attachRequested: Locator
  readonly acceptTransfer: Locator
  readonly transferAccepted: Locator

  constructor(page: Page) {
    super(page)
    this.name = page.getByTestId("account-name")
    this.email = page.getByTestId("account-email")
    this.password = page.getByTestId("account-password")
    this.signUpSubmit = page.getByTestId("account-sign-up-submit")
    this.signInForm = page.getByTestId("account-sign-in")
    this.signInSubmit = page.getByTestId("account-sign-in-submit")
    this.signOut = page.getByTestId("account-sign-out")
    this.headerLink = page.getByTestId("nav-account")
    this.orders = page.getByTestId("account-order")
    this.addresses = page.getByTestId("account-address")
    this.attachNumber = page.getByTestId("account-attach-number")
    this.attachContact = page.getByTestId("account-attach-contact")
    this.attachSubmit = page.getByTestId("account-attach-submit")
    this.attachRequested = page.getByTestId("account-attach-requested")
    this.acceptTransfer = page.getByTestId("account-transfer-accept")
    this.transferAccepted = page.getByTestId("account-transfer-accepted")
  }

  async signUp(account: { name: string; email: string; password: string }) {
    await this.page.goto("/vi/account/sign-up")
    await this.name.fill(account.name)
    await this.email.fill(account.email)
    await this.password.fill(account.password)
    await this.signUpSubmit.click()
    await expect(this.page).toHaveURL(/\/vi\/account$/, { timeout: 30_000 })
  }

  /** From the header's link, as a shopper finds it (behind the menu on a phone). */
  async signIn(account: { email: string; password: string }) {
    await this.openSection("nav-account")
    await expect(this.signInForm).toBeVisible()
    await this.email.fill(account.email)
    await this.password.fill(account.password)
    await this.signInSubmit.click()
    await expect(this.page).toHaveURL(/\/vi\/account$/, { timeout: 30_000 })
  }

  /** The account's order with this number, in its history. */
  order(displayId: string): Locator {
    return this.page.locator(
      `[data-testid="account-order"][data-display-id="${displayId}"]`
    )
  }
}
