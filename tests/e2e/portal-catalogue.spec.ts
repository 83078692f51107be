import { expect, test } from "./fixtures"
import { PHONE_ONLY } from "./tags"
import { PortalPage, seededProducerAccount } from "./pages/portal-page"

// A 64×48 green PNG: what the phone's file picker hands over in this test.
const PHOTO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAfUlEQVRoge2SwQ0AQRCCrIiH/V3vVwaZrAkFgDF8PU10AxZQfUV2od4lugELqL4iu1DvEt2ABVRfkV2od4luwAKqr8gu1LtEN2AB1VdkF+pdohuwgOorsgv1LtENWED1FdmFepfoBiyg+orsQr1LdAMWUH1FdqHeJboBjwf8kGVclxuRLosAAAAASUVORK5CYII=",
  "base64"
)

// A member adds a product of its own from the phone, with a price in đồng and photos.
// The product stays hidden (draft) so shoppers' pages in other tests never see it; it runs once,
// in the mobile project.

test(
  "a cooperative member creates a product with two sizes and adds, reorders and removes photos",
  PHONE_ONLY,
  async ({ page }) => {
    // Six screens and three uploads: about 45 s on an idle machine, more while the other worker runs.
    test.setTimeout(150_000)
    const portal = new PortalPage(page)
    const title = `Atisô tươi ${Date.now()}`
    const photos = page.getByTestId("portal-photo")

    await test.step("the member signs in and opens the new-product screen", async () => {
      await portal.signIn(seededProducerAccount("htx-vuon-nha-da-lat"))
      await page.getByTestId("portal-nav-products").click()
      await page.getByTestId("portal-new-product").click()
    })

    await test.step("types a name and two sizes; 85000 shows as 85.000 ₫", async () => {
      await page.getByTestId("portal-new-title").fill(title)
      await page.getByTestId("portal-new-add-variant").click()
      const sizes = page.getByTestId("portal-new-variant")
      await expect(sizes).toHaveCount(2)
      for (const [index, [name, price, stock]] of [
        ["500g", "85000", "12"],
        ["1kg", "160.000", "4"],
      ].entries()) {
        const size = sizes.nth(index)
        await size.getByTestId("portal-new-variant-title").fill(name)
        await size.getByTestId("portal-new-variant-price").fill(price)
        await size.getByTestId("portal-new-variant-stock").fill(stock)
      }
      await expect(
        sizes.first().getByTestId("portal-new-variant-price-preview")
      ).toHaveText(/85\.000\u00a0₫/)
      await page.getByLabel("Tạm ẩn").check()
      await page.getByTestId("portal-new-create").click()
      await expect(page).toHaveURL(/\/portal\/products\/prod_[^/]+$/)
      await expect(page.getByTestId("portal-product-title")).toHaveText(title)
      await expect(page.getByTestId("portal-variant-1kg")).toContainText(
        /160\.000\u00a0₫/
      )
    })

    await test.step("adds two photos, seeing each before it is uploaded", async () => {
      await page.getByTestId("portal-task-photos").click()
      for (const [index, name] of ["mat-truoc.png", "mat-sau.png"].entries()) {
        await page
          .getByTestId("portal-photo-file")
          .setInputFiles({ name, mimeType: "image/png", buffer: PHOTO })
        await expect(page.getByTestId("portal-photo-preview")).toBeVisible()
        await page.getByTestId("portal-photo-upload").click()
        await expect(photos).toHaveCount(index + 1)
      }
      await expect(
        photos.first().getByTestId("portal-photo-thumbnail")
      ).toBeVisible()
    })

    await test.step("makes the second photo the main one, then removes the first", async () => {
      const second = await photos.nth(1).locator("img").getAttribute("src")
      await photos.nth(1).getByTestId("portal-photo-make-thumbnail").click()
      await expect(photos.first().locator("img")).toHaveAttribute(
        "src",
        second!
      )
      await photos.nth(1).getByTestId("portal-photo-remove").click()
      await expect(photos).toHaveCount(1)
      await expect(
        photos.first().getByTestId("portal-photo-thumbnail")
      ).toBeVisible()
    })

    await test.step("a file that is not a photo is refused with a message the member understands", async () => {
      await page.getByTestId("portal-photo-file").setInputFiles({
        name: "hoa-don.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.from("%PDF-1.7 hoa don"),
      })
      await page.getByTestId("portal-photo-upload").click()
      await expect(page.getByTestId("portal-form-error")).toContainText(
        "JPEG, PNG, WebP hoặc HEIC"
      )
      await expect(photos).toHaveCount(1)
    })
  }
)
