import { expect, type Locator, type Page } from "@playwright/test"
import { StorefrontPage, type Locale } from "./storefront-page"

/** The order page and the guest lookup form that leads to it. */
export class OrderPage extends StorefrontPage {
  readonly title: Locator
  readonly delivery: Locator
  readonly lookupNumber: Locator
  readonly lookupContact: Locator
  readonly lookupSubmit: Locator
  readonly lookupError: Locator

  constructor(page: Page) {
    super(page)
    this.title = page.getByTestId("order-title")
    this.delivery = page.getByTestId("order-delivery")
    this.lookupNumber = page.getByTestId("lookup-number")
    this.lookupContact = page.getByTestId("lookup-contact")
    this.lookupSubmit = page.getByTestId("lookup-submit")
    this.lookupError = page.getByTestId("lookup-error")
  }

  deliveryField(field: "name" | "phone" | "email" | "address"): Locator {
    return this.page.getByTestId(`order-delivery-${field}`)
  }

  /** The number a shopper quotes, from "Đơn hàng #12". */
  async displayId(): Promise<string> {
    const title = await this.title.innerText()
    const number = /#(\d+)/.exec(title)?.[1]
    expect(number, `an order number in "${title}"`).toBeTruthy()
    return number!
  }

  async lookUp(locale: Locale, number: string, contact: string) {
    await this.page.goto(`/${locale}/order-lookup`)
    await this.lookupNumber.fill(number)
    await this.lookupContact.fill(contact)
    await this.lookupSubmit.click()
  }
}
