import { expect, type Locator, type Page } from "@playwright/test"
import { StorefrontPage } from "./storefront-page"

/** Cart → checkout → order page, as a shopper walks it. */
export class CheckoutPage extends StorefrontPage {
  readonly email: Locator
  readonly phone: Locator
  readonly name: Locator
  readonly province: Locator
  readonly ward: Locator
  readonly street: Locator
  readonly placeOrder: Locator
  readonly paymentStatus: Locator
  readonly qrImage: Locator
  readonly reference: Locator
  readonly amount: Locator

  constructor(page: Page) {
    super(page)
    this.email = page.getByTestId("checkout-email")
    this.phone = page.getByTestId("checkout-phone")
    this.name = page.getByTestId("checkout-name")
    this.province = page.getByTestId("checkout-province")
    this.ward = page.getByTestId("checkout-ward")
    this.street = page.getByTestId("checkout-street")
    this.placeOrder = page.getByTestId("place-order")
    this.paymentStatus = page.getByTestId("order-payment-status")
    this.qrImage = page.getByTestId("vietqr-image")
    this.reference = page.getByTestId("vietqr-reference")
    this.amount = page.getByTestId("vietqr-amount")
  }

  async chooseAddress(province: string, ward: string) {
    await this.province.selectOption({ label: province })
    await expect(this.ward).toHaveAttribute("data-loaded", "true")
    await this.ward.selectOption({ label: ward })
  }

  /** Whole đồng from "150.000 ₫". */
  async amountInDong(): Promise<number> {
    return Number((await this.amount.innerText()).replace(/\D/g, ""))
  }
}
