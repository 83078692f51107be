import { expect, type Locator, type Page } from "@playwright/test"
import fs from "node:fs"

export type Account = { email: string; password: string }

/** The sign-ins the seed wrote (scripts/test.mjs passes MARKET_SEED_FILE). */
export function seededAccounts(): { admin: Account; onboarder: Account } {
  const file = process.env.MARKET_SEED_FILE
  if (!file) {
    throw new Error(
      "MARKET_SEED_FILE is not set: run the e2e suite through `node scripts/market.mjs test --only=e2e`"
    )
  }
  const seed = JSON.parse(fs.readFileSync(file, "utf8")) as {
    accounts: { admin: Account; onboarder: Account | null }
  }
  if (!seed.accounts.onboarder) {
    throw new Error(
      "The seed wrote no tech-team volunteer (accounts.onboarder)"
    )
  }
  return { admin: seed.accounts.admin, onboarder: seed.accounts.onboarder }
}

export type NewProducer = {
  name: string
  phone: string
  consentBy: string
  province: string
  ward: string
  story: string
}

export type NewProduct = {
  title: string
  variant: string
  price: string
  priceShown: RegExp
}

/** The volunteers' onboarding wizard as it is used on a phone. */
export class OnboardingPage {
  readonly saved: Locator
  readonly producerRows: Locator

  constructor(readonly page: Page) {
    this.saved = page.getByTestId("onboarding-form-saved")
    this.producerRows = page.getByTestId("onboarding-producer-row")
  }

  private testId(id: string) {
    return this.page.getByTestId(id)
  }

  async signIn(account: Account) {
    await this.page.goto("/vi/onboarding/sign-in")
    await this.testId("onboarding-email").fill(account.email)
    await this.testId("onboarding-password").fill(account.password)
    await this.testId("onboarding-sign-in-submit").click()
    await expect(this.testId("onboarding-producers")).toBeVisible()
  }

  async expectStep(step: string) {
    await expect(this.page).toHaveURL(
      new RegExp(`/onboarding/producers/prdcr_[^/]+/${step}$`)
    )
    await expect(this.testId(`onboarding-step-${step}`)).toBeVisible()
  }

  /** The producer's id, read from the wizard's address. */
  producerId(): string {
    const match = this.page
      .url()
      .match(/\/onboarding\/producers\/(prdcr_[^/]+)\//)
    if (!match)
      throw new Error(`Not on a producer's wizard step: ${this.page.url()}`)
    return match[1]
  }

  async fillBasics(producer: NewProducer) {
    await this.testId("onboarding-new-producer").click()
    await this.testId("basics-name").fill(producer.name)
    await this.testId("basics-kind").selectOption("cooperative")
    await this.testId("basics-phone").fill(producer.phone)
    await this.testId("basics-consent-given-by").fill(producer.consentBy)
    await this.testId("basics-consent-signed_form").check()
    await this.testId("basics-submit").click()
    await this.expectStep("place")
  }

  private async chooseOption(select: Locator, name: string) {
    const option = select.locator("option", { hasText: name }).first()
    await expect(option).toBeAttached()
    await select.selectOption((await option.getAttribute("value")) ?? "")
  }

  async fillPlace(producer: NewProducer) {
    await this.chooseOption(this.testId("place-province"), producer.province)
    await expect(this.testId("place-ward")).toBeEnabled()
    await this.chooseOption(this.testId("place-ward"), producer.ward)
    await this.testId("place-village").fill("Thôn Đa Thọ")
    await this.testId("place-submit").click()
    await this.expectStep("story")
  }

  /** Reopens the producer from the list, as after a dropped connection. */
  async reopen(name: string) {
    await this.page.goto("/vi/onboarding")
    await this.producerRows.filter({ hasText: name }).click()
  }

  async fillStory(producer: NewProducer) {
    await this.testId("story-vi").fill(producer.story)
    await this.testId("story-submit").click()
    await this.expectStep("products")
  }

  async addProduct(product: NewProduct) {
    await this.testId("onboarding-product-title").fill(product.title)
    await this.testId("onboarding-product-variant-title-0").fill(
      product.variant
    )
    await this.testId("onboarding-product-variant-price-0").fill(product.price)
    await expect(
      this.testId("onboarding-product-variant-price-preview-0")
    ).toHaveText(product.priceShown)
    await this.testId("onboarding-product-variant-stock-0").fill("20")
    await this.testId("onboarding-product-submit").click()
    await expect(this.saved).toBeVisible()
    await expect(this.testId("onboarding-saved-product")).toContainText(
      product.title
    )
  }

  async submitForVerification() {
    await this.testId("products-continue").click()
    await this.expectStep("certificates")
    await this.testId("certificates-continue").click()
    await this.expectStep("submit")
    await expect(this.testId("checklist-ready")).toBeVisible()
    await this.testId("onboarding-submit").click()
    await this.expectStep("invite")
    await expect(this.testId("onboarding-submitted")).toBeVisible()
  }

  /** Creates the member's invite and answers the link's path (the QR code shows the same link). */
  async invite(email: string): Promise<string> {
    await this.testId("invite-email").fill(email)
    await this.testId("invite-submit").click()
    await expect(this.testId("invite-qr")).toBeVisible()
    const url = await this.testId("invite-url").getAttribute("href")
    if (!url) throw new Error("The invite shows no link")
    return new URL(url).pathname
  }
}
