import { expect, test, type Page, type Response } from "@playwright/test"
import {
  LOCALES,
  NEEDS_IN_ORDER,
  SEEDED,
  SITE_PAGES,
  localizedPath,
  type PageArea,
  type PageIds,
  type PageNeed,
  type SitePage,
  type TourLocale,
} from "./all-pages"
import { CheckoutPage } from "./checkout-page"
import { OnboardingPage, seededAccounts } from "./onboarding-page"
import { PortalPage, seededProducerAccount } from "./portal-page"
import { ProductPage } from "./product-page"

export interface TourStop {
  site: SitePage
  locale: TourLocale
  path: string
  response: Response | null
}

/**
 * Opens every page of SITE_PAGES in both languages in one browser page, setting up on the way
 * what each needs: a product in the cart, an order (placed through the checkout like a
 * shopper), a member signed in to the portal, a volunteer with a new draft producer. It
 * places an order and registers a producer, so it belongs in journeys tagged PHONE_ONLY.
 */
export class PageTour {
  private readonly ids: Partial<PageIds> = {}

  constructor(private readonly page: Page) {}

  /** Walks the pages of `areas` (every area by default), setting up only what they need. */
  async walk(
    visit: (stop: TourStop) => Promise<void>,
    areas: PageArea[] = ["public", "portal", "onboarding"]
  ) {
    const sites = SITE_PAGES.filter((entry) => areas.includes(entry.area))
    for (const need of NEEDS_IN_ORDER) {
      const here = sites.filter((entry) => entry.need === need)
      if (!here.length) continue
      await test.step(`set up: ${need}`, () => this.prepare(need))
      for (const site of here) {
        for (const locale of LOCALES) {
          const path = localizedPath(locale, site.path(this.ids as PageIds))
          await test.step(`${locale} ${site.name}`, async () => {
            const response = await this.page.goto(path, { waitUntil: "load" })
            expect(response?.status(), path).toBe(site.status ?? 200)
            await visit({ site, locale, path, response })
          })
        }
      }
    }
  }

  private async prepare(need: PageNeed) {
    switch (need) {
      case "nothing":
        return
      case "cart":
        return this.fillCart()
      case "order":
        this.ids.orderId = await this.placeOrder()
        return
      case "member":
        return this.signInMember()
      case "volunteer":
        this.ids.draftProducerId = await this.registerDraftProducer()
        return
    }
  }

  private async fillCart() {
    const product = new ProductPage(this.page)
    await product.goto(SEEDED.product)
    await product.addToCart.click()
    await expect(this.page.getByTestId("add-to-cart-status")).not.toBeEmpty()
  }

  /** Checks out the cart as a shopper; the order page then shows its delivery details too. */
  private async placeOrder(): Promise<string> {
    const checkout = new CheckoutPage(this.page)
    await this.page.goto("/vi/checkout")
    // A contact of its own: the shop holds few unpaid transfer orders per phone and email.
    const run = Date.now().toString()
    await checkout.email.fill(`man-hinh-nho-${run}@example.vn`)
    await checkout.phone.fill(`091${run.slice(-7)}`)
    await checkout.name.fill("Nguyễn Thị Lan")
    await checkout.chooseAddress("Lâm Đồng", "Phường Xuân Trường - Đà Lạt")
    await checkout.street.fill("12 Hùng Vương, tổ dân phố Đa Thọ")
    await checkout.placeOrder.click()
    await expect(this.page).toHaveURL(/\/vi\/orders\/order_[A-Z0-9]+$/, {
      timeout: 45_000,
    })
    const orderId = new URL(this.page.url()).pathname.split("/").pop()!
    // The English page shows the delivery details once the order page shared its proof.
    await expect
      .poll(async () =>
        (await this.page.context().cookies()).some(
          (cookie) =>
            cookie.name === "order_proof" &&
            cookie.path === `/en/orders/${orderId}`
        )
      )
      .toBe(true)
    return orderId
  }

  private async signInMember() {
    const portal = new PortalPage(this.page)
    await portal.signIn(seededProducerAccount(SEEDED.member))
    await this.page.goto("/vi/portal/products")
    const productHref = await this.page
      .getByTestId(`portal-product-${SEEDED.product}`)
      .getAttribute("href")
    this.ids.portalProductId = productHref?.split("/").pop()
    await this.page.goto(productHref!)
    const variantHref = await this.page
      .locator('a[data-testid^="portal-variant-"]')
      .first()
      .getAttribute("href")
    this.ids.portalVariantId = variantHref?.split("/").pop()
  }

  /** Signs the volunteer in and registers a producer's basics, as the wizard's first step. */
  private async registerDraftProducer(): Promise<string> {
    const onboarding = new OnboardingPage(this.page)
    await onboarding.signIn(seededAccounts().onboarder)
    await onboarding.fillBasics({
      name: `HTX Thử Màn Hình Nhỏ ${Date.now().toString(36)}`,
      phone: "0912 345 678",
      consentBy: "Nguyễn Văn An, chủ nhiệm HTX",
      province: "Lâm Đồng",
      ward: "Phường Xuân Trường - Đà Lạt",
      story: "",
    })
    return onboarding.producerId()
  }
}
