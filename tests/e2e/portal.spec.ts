import { expect, test } from "./fixtures"
import { PHONE_ONLY } from "./tags"
import { PortalPage, seededProducerAccount } from "./pages/portal-page"
import { ProductPage } from "./pages/product-page"

// The portal journey: a cooperative member on a phone. It changes seed data (a price, a link),
// so it runs once, in the mobile project (Pixel 7); the desktop project would race it on the
// same product.

test(
  "a cooperative member raises a price, adds a postmart link and sets a season from a phone; shoppers see all three",
  PHONE_ONLY,
  async ({ page }) => {
    // Three edits, each waited for on the cached public page.
    test.setTimeout(120_000)
    const portal = new PortalPage(page)
    const member = seededProducerAccount("htx-vuon-nha-da-lat")
    const newUrl = `https://postmart.vn/san-pham/hong-treo-gio-${Date.now()}`

    await test.step("the member signs in", async () => {
      await portal.signIn(member)
    })

    await test.step("types 165000 as the new price of 250 g and sees 165.000 ₫", async () => {
      await portal.openProduct("hong-treo-gio")
      await portal.openVariant("250 g")
      await portal.price.fill("165000")
      await expect(portal.pricePreview).toHaveText(/165\.000\u00a0₫/)
      await portal.setPrice("165000")
    })

    let listingId: string | null = null
    await test.step("replaces the postmart link with a new one", async () => {
      await page.getByTestId("portal-nav-products").click()
      await portal.openProduct("hong-treo-gio")
      await page.getByTestId("portal-task-links").click()
      await expect(page.getByTestId("portal-listings")).toBeVisible()
      const existing = page.getByTestId("portal-remove-listing-postmart")
      const before = await existing.count()
      for (let removed = 1; removed <= before; removed++) {
        await existing.first().click()
        await expect(existing).toHaveCount(before - removed)
      }
      await portal.addListing("postmart", newUrl)
      const row = page.getByTestId("portal-listing-postmart")
      await expect(row).toHaveCount(1)
      await expect(row).toContainText(newUrl)
      listingId = await row.getAttribute("data-listing-id")
      expect(listingId).toMatch(/^mkl_/)
    })

    await test.step("the public product page shows the new price and the new link within seconds", async () => {
      const product = new ProductPage(page)
      await expect
        .poll(
          async () => {
            await product.goto("hong-treo-gio", "vi")
            return product.price.textContent()
          },
          { timeout: 20_000, intervals: [500, 1000, 2000] }
        )
        .toMatch(/165\.000\u00a0₫/)
      await expect(
        page.getByTestId("marketplace-link-postmart")
      ).toHaveAttribute("href", `/vi/go/${listingId}`)
    })

    await test.step("sets Bột cần tây's season to November – March; shoppers see it", async () => {
      await page.goto("/vi/portal/products")
      await portal.openProduct("bot-can-tay")
      // A seasonal product without months: the backend names harvest_months.
      await portal.chooseSeason(false, [])
      await page.getByTestId("season-save").click()
      await expect(portal.seasonError).toHaveText(
        "Sản phẩm theo mùa cần ít nhất một tháng thu hoạch."
      )
      // The refusal keeps what the member chose, ready to fix.
      await expect(page.getByTestId("season-seasonal")).toBeChecked()
      await expect(portal.seasonMonth(11)).not.toBeChecked()
      await portal.chooseSeason(false, [11, 12, 1, 2, 3])
      await expect(portal.seasonPreview).toHaveText(
        "Người mua thấy: Vào mùa: tháng 11 – tháng 3"
      )
      await page.getByTestId("season-save").click()
      await expect(portal.seasonSaved).toBeVisible()
      await page.reload()
      await expect(page.getByTestId("season-seasonal")).toBeChecked()
      for (const month of [1, 2, 3, 11, 12]) {
        await expect(portal.seasonMonth(month)).toBeChecked()
      }
      await expect(portal.seasonMonth(4)).not.toBeChecked()

      const product = new ProductPage(page)
      await expect
        .poll(
          async () => {
            await product.goto("bot-can-tay", "vi")
            return product.season.textContent()
          },
          { timeout: 20_000, intervals: [500, 1000, 2000] }
        )
        .toBe("Vào mùa: tháng 11 – tháng 3")
    })
  }
)

test(
  "a member cannot open another producer's product in the portal",
  PHONE_ONLY,
  async ({ page, request }) => {
    const portal = new PortalPage(page)
    const backend = process.env.BACKEND_URL ?? "http://localhost:9000"
    const response = await request.get(
      `${backend}/store/products?handle=dau-tay-namanh&fields=id`,
      {
        headers: {
          "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
        },
      }
    )
    const { products } = await response.json()
    const foreignId: string = products[0].id

    await portal.signIn(seededProducerAccount("htx-vuon-nha-da-lat"))
    for (const path of ["", "/details", "/links"]) {
      await test.step(`/vi/portal/products/<NamAnh's product>${path} is not found`, async () => {
        const answer = await page.goto(
          `/vi/portal/products/${foreignId}${path}`
        )
        expect(answer?.status()).toBe(404)
        await expect(portal.notFound).toBeVisible()
      })
    }
  }
)

test(
  "a member prints the QR labels and the QR poster of a product as PDFs",
  PHONE_ONLY,
  async ({ page }) => {
    const portal = new PortalPage(page)
    await portal.signIn(seededProducerAccount("htx-vuon-nha-da-lat"))
    await portal.openProduct("bot-can-tay")
    for (const layout of ["labels", "poster"]) {
      await test.step(layout, async () => {
        const href = await page
          .getByTestId(`portal-print-${layout}`)
          .getAttribute("href")
        expect(href).toMatch(
          new RegExp(`^/vi/portal/products/prod_[^/]+/qr/${layout}$`)
        )
        // The page's own request context carries the member's session cookie.
        const answer = await page.request.get(href!)
        expect(answer.status()).toBe(200)
        expect(answer.headers()["content-type"]).toBe("application/pdf")
        expect(answer.headers()["content-disposition"]).toMatch(/\.pdf"?$/)
        expect((await answer.body()).subarray(0, 5).toString()).toBe("%PDF-")
      })
    }
  }
)
