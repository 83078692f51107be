import { readQrPicture } from "./qr-picture"
import { expect, test } from "./fixtures"
import { CartPage, dong } from "./pages/cart-page"
import { CheckoutPage } from "./pages/checkout-page"
import { PHONE_ONLY } from "./tags"

// Promotion codes as the seed makes them: NAMANH10 takes 10% off NamAnh farm's products only,
// TET2026's campaign ended on 28/02/2026. Each test fills its own browser's cart.

/** The amount (EMVCo tag 54) in a VietQR payload: ID, two-digit length, value, repeated. */
function payloadAmount(payload: string): number | null {
  for (let at = 0; at + 4 <= payload.length;) {
    const id = payload.slice(at, at + 2)
    const length = Number(payload.slice(at + 2, at + 4))
    const value = payload.slice(at + 4, at + 4 + length)
    if (id === "54") return Number(value)
    at += 4 + length
  }
  return null
}

test(
  "NAMANH10 lowers only NamAnh farm's strawberries, and the order and its VietQR code ask for the lowered total",
  PHONE_ONLY,
  async ({ page }) => {
    // Placing the order alone can take over 15 s while the other worker runs on the same two cores.
    test.setTimeout(90_000)
    const cart = new CartPage(page)
    const checkout = new CheckoutPage(page)
    const strawberries = cart.line("Dâu tây")
    const persimmons = cart.line("Hồng treo gió")
    let fullTotal = 0

    await test.step("strawberries and persimmons in the cart, no discount yet", async () => {
      await cart.add("dau-tay-namanh", "500 g")
      await cart.add("hong-treo-gio", "250 g")
      await cart.goto()
      await expect(cart.lines).toHaveCount(2)
      // The persimmons' price is the portal journey's to change; the strawberries' is fixed.
      await expect(strawberries).toContainText("120.000\u00a0₫")
      await expect(cart.discountTotal).toHaveCount(0)
      fullTotal = await cart.totalInDong()
    })

    await test.step("NAMANH10 takes 12.000 ₫ off the strawberry line only", async () => {
      await cart.apply("NAMANH10")
      await expect(cart.appliedCodes).toHaveCount(1)
      await expect(cart.appliedCodes).toHaveAttribute("data-code", "NAMANH10")
      await expect(strawberries.getByTestId("line-discount")).toContainText(
        "−12.000\u00a0₫"
      )
      await expect(persimmons.getByTestId("line-discount")).toHaveCount(0)
      await expect(cart.discountTotal).toHaveText("−12.000\u00a0₫")
      expect(await cart.totalInDong()).toBe(fullTotal - 12_000)
    })

    await test.step("on a 360 px phone the code field and the chip fit the screen and a fingertip", async () => {
      await page.setViewportSize({ width: 360, height: 740 })
      // A phone lays the page out for its width when it loads it.
      await page.reload()
      await expect(cart.appliedCodes).toHaveCount(1)
      const pastTheEdge = await page.evaluate(() =>
        Array.from(document.body.querySelectorAll("*")).flatMap((element) => {
          const box = element.getBoundingClientRect()
          return box.width > 0 && box.right > 360.5
            ? [
                `${element.tagName} ${element.getAttribute("data-testid") ?? element.className} ends at ${Math.round(box.right)}`,
              ]
            : []
        })
      )
      expect(pastTheEdge).toEqual([])
      for (const target of [
        cart.codeField,
        cart.applyCode,
        cart.appliedCodes.getByTestId("promo-code-remove"),
      ]) {
        const box = await target.boundingBox()
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(44)
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360)
      }
    })

    await test.step("removing the code gives the full price back, and it applies again", async () => {
      await cart.appliedCodes.getByTestId("promo-code-remove").click()
      await expect(cart.appliedCodes).toHaveCount(0)
      await expect(cart.discountTotal).toHaveCount(0)
      expect(await cart.totalInDong()).toBe(fullTotal)
      await cart.apply("NAMANH10")
      await expect(cart.discountTotal).toHaveText("−12.000\u00a0₫")
    })

    let checkoutTotal = 0
    await test.step("the checkout carries the discount into its total", async () => {
      await cart.checkout.click()
      await expect(page).toHaveURL(/\/vi\/checkout$/)
      await expect(page.getByTestId("discount-total")).toHaveText(
        "−12.000\u00a0₫"
      )
      await checkout.email.fill("mai@example.vn")
      await checkout.phone.fill("0912 345 678")
      await checkout.name.fill("Trần Thị Mai")
      await checkout.chooseAddress("Lâm Đồng", "Phường Xuân Trường - Đà Lạt")
      await checkout.street.fill("5 Trần Phú")
      await page.getByTestId("checkout-payment-vietqr").check()
      const total = page.getByTestId("checkout-total")
      // The chosen delivery's price, or none when it is free.
      const delivery = await page
        .locator("label", {
          has: page.locator('[data-testid="checkout-shipping-option"]:checked'),
        })
        .innerText()
      const shipping = dong(/[\d.]+\u00a0₫/.exec(delivery)?.[0] ?? "0")
      checkoutTotal = dong(await total.innerText())
      expect(checkoutTotal).toBe(fullTotal - 12_000 + shipping)
    })

    await test.step("the order page and its VietQR code ask for the lowered total", async () => {
      await checkout.placeOrder.click()
      await expect(page).toHaveURL(/\/vi\/orders\/order_[A-Z0-9]+$/, {
        timeout: 45_000,
      })
      expect(dong(await page.getByTestId("order-total").innerText())).toBe(
        checkoutTotal
      )
      await expect(checkout.qrImage).toBeVisible()
      expect(await checkout.amountInDong()).toBe(checkoutTotal)
      const qr = (await checkout.qrImage.getAttribute("src")) ?? ""
      const picture = readQrPicture(
        Buffer.from(qr.replace(/^data:image\/png;base64,/, ""), "base64")
      )
      expect(picture.text).not.toBeNull()
      expect(payloadAmount(picture.text!)).toBe(checkoutTotal)
    })

    await test.step("the order page shows the discount on the strawberry line and in its totals", async () => {
      await expect(page.getByTestId("discount-total")).toHaveText(
        "−12.000\u00a0₫"
      )
      await expect(
        page
          .getByTestId("order-line")
          .filter({ hasText: "Dâu tây" })
          .getByTestId("line-discount")
      ).toHaveText("−12.000\u00a0₫")
      await expect(
        page
          .getByTestId("order-line")
          .filter({ hasText: "Hồng treo gió" })
          .getByTestId("line-discount")
      ).toHaveCount(0)
    })
  }
)

test(
  "a code that does not fit the cart says why, in the page's language",
  PHONE_ONLY,
  async ({ page }) => {
    const cart = new CartPage(page)

    await test.step("a cart with persimmons only", async () => {
      await cart.add("hong-treo-gio", "250 g")
      await cart.goto()
      await expect(cart.lines).toHaveCount(1)
    })

    await test.step("an expired code and an unknown code are refused by name", async () => {
      await cart.apply("TET2026")
      await expect(cart.codeOutcome).toHaveText(
        "Mã khuyến mãi TET2026 đã hết hạn"
      )
      await cart.apply("KHONGCOMA")
      await expect(cart.codeOutcome).toHaveText("Mã KHONGCOMA không tồn tại")
      await expect(cart.appliedCodes).toHaveCount(0)
    })

    await test.step("NamAnh farm's code is not applied to another producer's persimmons", async () => {
      const total = await cart.totalInDong()
      await cart.apply("NAMANH10")
      await expect(cart.codeOutcome).toHaveText(
        "Mã NAMANH10 chỉ áp dụng cho sản phẩm của NamAnh farm"
      )
      await expect(cart.appliedCodes).toHaveCount(0)
      await expect(cart.discountTotal).toHaveCount(0)
      expect(await cart.totalInDong()).toBe(total)
    })

    await test.step("in English the same refusal reads in English", async () => {
      await cart.goto("en")
      await cart.apply("NAMANH10")
      await expect(cart.codeOutcome).toHaveText(
        "Code NAMANH10 only applies to NamAnh farm's products"
      )
    })
  }
)
