import { readFile } from "node:fs/promises"
import { reportBankTransfer } from "./bank-transfer"
import { expect, test, type APIRequestContext } from "./fixtures"
import { CheckoutPage } from "./pages/checkout-page"
import { ProductPage } from "./pages/product-page"
import { readQrPicture } from "./qr-picture"
import { PHONE_ONLY } from "./tags"

/** The EMVCo payload the backend made for the order, the one its QR code must carry. */
async function vietqrPayload(
  request: APIRequestContext,
  orderId: string
): Promise<string> {
  const response = await request.get(
    `${process.env.BACKEND_URL}/store/orders/${orderId}/summary`,
    {
      headers: {
        "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
      },
    }
  )
  expect(response.status()).toBe(200)
  return ((await response.json()) as { order: { vietqr: { payload: string } } })
    .order.vietqr.payload
}

test(
  "a shopper buys strawberries with VietQR and the order page turns paid by itself",
  PHONE_ONLY,
  async ({ page, request }) => {
    // Placing the order alone can take over 15 s while the other worker runs on the same two cores.
    test.setTimeout(120_000)
    const product = new ProductPage(page)
    const checkout = new CheckoutPage(page)

    await test.step("add strawberries to the cart and go to checkout", async () => {
      await product.goto("dau-tay-namanh")
      await product.addToCart.click()
      await expect(page.getByTestId("add-to-cart-status")).not.toBeEmpty()
      await page.goto("/vi/cart")
      await page.getByTestId("checkout-button").click()
      await expect(page).toHaveURL(/\/vi\/checkout$/)
    })

    await test.step("a phone number that is not Vietnamese is refused with the field named", async () => {
      await checkout.email.fill("lan@example.vn")
      await checkout.phone.fill("12345")
      await checkout.name.fill("Nguyễn Thị Lan")
      await checkout.chooseAddress("Lâm Đồng", "Phường Xuân Trường - Đà Lạt")
      await checkout.street.fill("12 Hùng Vương")
      await checkout.placeOrder.click()
      await expect(page.getByTestId("checkout-error-phone")).toContainText(
        "0912 345 678"
      )
    })

    await test.step("with a valid mobile the order is placed and shows the VietQR code", async () => {
      await checkout.phone.fill("0912 345 678")
      await checkout.placeOrder.click()
      await expect(page).toHaveURL(/\/vi\/orders\/order_[A-Z0-9]+$/, {
        timeout: 45_000,
      })
      await expect(checkout.paymentStatus).toHaveAttribute(
        "data-status",
        "awaiting"
      )
      await expect(checkout.qrImage).toBeVisible()
      await expect(checkout.reference).toHaveText(/^OCOP[2-9A-Z]{6}$/)
      // Which messages follow, and where: the backend's answer for this order's proof holder.
      await expect(page.getByTestId("order-messages-channel")).toContainText(
        "qua email"
      )
      await expect(
        page.getByTestId("order-message-ahead-payment-received")
      ).toBeVisible()
    })

    await test.step("“Lưu mã QR” downloads a picture whose QR holds the order's VietQR payload, amount and reference printed under it", async () => {
      const orderId = new URL(page.url()).pathname.split("/").pop()!
      const payload = await vietqrPayload(request, orderId)
      const reference = await checkout.reference.innerText()
      // This browser cannot share files, so the picture is downloaded.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("save-qr").click(),
      ])
      expect(download.suggestedFilename()).toBe(`vietqr-${reference}.png`)
      const picture = readQrPicture(await readFile(await download.path()))
      expect(picture.text).toBe(payload)
      expect(picture.printedUnder).toBe(true)
      await expect(page.getByTestId("save-qr-status")).toContainText(
        "Đã lưu ảnh mã QR"
      )
    })

    await test.step("on a phone that shares files it goes to the share sheet, for Photos (navigator.share answered by the test)", async () => {
      const orderId = new URL(page.url()).pathname.split("/").pop()!
      await page.evaluate(() => {
        const sharedFile = (data?: ShareData) => data?.files?.[0]
        Object.defineProperty(navigator, "canShare", {
          configurable: true,
          value: (data?: ShareData) => sharedFile(data)?.type === "image/png",
        })
        Object.defineProperty(navigator, "share", {
          configurable: true,
          value: async (data?: ShareData) => {
            const bytes = new Uint8Array(await sharedFile(data)!.arrayBuffer())
            document.body.dataset.sharedPicture = btoa(
              Array.from(bytes, (byte) => String.fromCharCode(byte)).join("")
            )
          },
        })
      })
      await page.getByTestId("save-qr").click()
      const shared = page.locator("body[data-shared-picture]")
      await expect(shared).toBeAttached()
      const picture = readQrPicture(
        Buffer.from(
          (await shared.getAttribute("data-shared-picture")) ?? "",
          "base64"
        )
      )
      expect(picture.text).toBe(await vietqrPayload(request, orderId))
    })

    await test.step("the bank reports the transfer and the page turns paid without a reload", async () => {
      await reportBankTransfer(request, {
        reference: await checkout.reference.innerText(),
        amount: await checkout.amountInDong(),
      })
      await expect(checkout.paymentStatus).toHaveAttribute(
        "data-status",
        "paid",
        {
          timeout: 20_000,
        }
      )
      await expect(checkout.paymentStatus).toHaveText("Đã thanh toán")
    })
  }
)
