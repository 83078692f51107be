import { expect, test, type APIRequestContext, type Page } from "./fixtures"
import { AccountPage } from "./pages/account-page"
import { CheckoutPage } from "./pages/checkout-page"
import { seededAccounts } from "./pages/onboarding-page"
import { OrderPage } from "./pages/order-page"
import { ProductPage } from "./pages/product-page"
import { PHONE_ONLY } from "./tags"

// Shopper accounts: sign-up, a checkout that remembers the address, and a guest order brought
// into an account through the link emailed to the order's address. Each run makes its own
// shoppers (unique emails and phones), so no other journey's unpaid orders count against them.

const backend = process.env.BACKEND_URL ?? "http://localhost:9000"
const PASSWORD = "dau tay xuan tho 2026"

function uniqueShopper(kind: string) {
  const run = `${Date.now()}${Math.floor(Math.random() * 1000)}`
  return {
    email: `${kind}+${run}@example.vn`,
    // A mobile number of its own: the backend counts unpaid orders per phone.
    phone: `09${run.slice(-8)}`,
  }
}

async function fillToCheckout(page: Page) {
  const product = new ProductPage(page)
  await product.goto("mut-dau-tay-namanh")
  await product.addToCart.click()
  await expect(page.getByTestId("add-to-cart-status")).not.toBeEmpty()
  await page.goto("/vi/checkout")
}

async function officerHeaders(request: APIRequestContext) {
  const { admin } = seededAccounts()
  const response = await request.post(`${backend}/auth/user/emailpass`, {
    data: { email: admin.email, password: admin.password },
  })
  const { token } = (await response.json()) as { token: string }
  return { authorization: `Bearer ${token}` }
}

/** The confirmation link the backend emailed to `to`, as an officer reads the sent messages. */
async function emailedTransferLink(
  request: APIRequestContext,
  to: string
): Promise<string> {
  const headers = await officerHeaders(request)
  let link = ""
  await expect
    .poll(
      async () => {
        const response = await request.get(
          `${backend}/admin/notifications?fields=id,to,template,data&order=-created_at&limit=50`,
          { headers }
        )
        const { notifications } = (await response.json()) as {
          notifications: {
            to: string
            template: string
            data: { accept_url?: string } | null
          }[]
        }
        link =
          notifications.find(
            (n) => n.to === to && n.template === "order-transfer-requested"
          )?.data?.accept_url ?? ""
        return link
      },
      { timeout: 20_000 }
    )
    .not.toBe("")
  return link
}

test(
  "a new account's checkout saves the address, and after signing in again the next checkout fills it in one tap",
  PHONE_ONLY,
  async ({ page, context }) => {
    // Placing an order alone can take over 15 s while the other worker runs on the same two cores.
    test.setTimeout(120_000)
    const account = new AccountPage(page)
    const checkout = new CheckoutPage(page)
    const order = new OrderPage(page)
    const shopper = { ...uniqueShopper("lan"), password: PASSWORD }
    let displayId = ""

    await test.step("sign up; the account opens with no orders and the header says “Tài khoản”", async () => {
      await account.signUp({ name: "Nguyễn Thị Lan", ...shopper })
      await expect(page.getByTestId("account-history-empty")).toBeVisible()
      await account.openMenuIfClosed()
      await expect(account.headerLink).toHaveText("Tài khoản")
    })

    await test.step("check out with VietQR: the email is the account's, the new address is kept", async () => {
      await fillToCheckout(page)
      await expect(checkout.email).toHaveValue(shopper.email)
      await expect(page.getByTestId("saved-address")).toHaveCount(0)
      await expect(page.getByTestId("checkout-save-address")).toBeChecked()
      await checkout.phone.fill(shopper.phone)
      await checkout.name.fill("Nguyễn Thị Lan")
      await checkout.chooseAddress("Lâm Đồng", "Phường Xuân Trường - Đà Lạt")
      await checkout.street.fill("12 Hùng Vương")
      await checkout.placeOrder.click()
      await expect(page).toHaveURL(/\/vi\/orders\/order_[A-Z0-9]+$/, {
        timeout: 45_000,
      })
      displayId = await order.displayId()
    })

    await test.step("sign out, then sign in again from the header", async () => {
      await page.goto("/vi/account")
      await account.signOut.click()
      await expect(page).toHaveURL(/\/vi\/account\/sign-in$/)
      await account.openMenuIfClosed()
      await expect(account.headerLink).toHaveText("Đăng nhập")
      await page.goto("/vi")
      await account.signIn(shopper)
      await expect(account.order(displayId)).toBeVisible()
      await expect(account.addresses).toHaveCount(1)
    })

    await test.step("the history opens the order with its delivery details, on the account alone", async () => {
      // The proof kept when the order was placed is gone; only the account opens the order now.
      await context.clearCookies({ name: "order_proof" })
      await account.order(displayId).click()
      await expect(order.title).toContainText(`#${displayId}`)
      await expect(order.deliveryField("name")).toHaveText("Nguyễn Thị Lan")
    })

    await test.step("the next checkout offers the saved address and choosing it fills the form", async () => {
      await fillToCheckout(page)
      const saved = page.getByTestId("saved-address")
      await expect(saved).toHaveCount(1)
      await saved.click()
      await expect(checkout.name).toHaveValue("Nguyễn Thị Lan")
      await expect(checkout.street).toHaveValue("12 Hùng Vương")
      await expect(checkout.phone).toHaveValue(
        `${shopper.phone.slice(0, 4)} ${shopper.phone.slice(4, 7)} ${shopper.phone.slice(7)}`
      )
      await expect(checkout.province.locator("option:checked")).toHaveText(
        "Lâm Đồng"
      )
      await expect(checkout.ward.locator("option:checked")).toHaveText(
        "Phường Xuân Trường - Đà Lạt"
      )
      // Already in the account: nothing new to keep.
      await expect(page.getByTestId("checkout-save-address")).not.toBeChecked()
    })
  }
)

test(
  "a guest order joins an account once the owner of its email confirms the emailed link",
  PHONE_ONLY,
  async ({ page, request }) => {
    test.setTimeout(120_000)
    const account = new AccountPage(page)
    const checkout = new CheckoutPage(page)
    const order = new OrderPage(page)
    const guest = uniqueShopper("khach")
    let displayId = ""

    await test.step("a guest places an order with their email", async () => {
      await fillToCheckout(page)
      await checkout.email.fill(guest.email)
      await checkout.phone.fill(guest.phone)
      await checkout.name.fill("Trần Văn Minh")
      await checkout.chooseAddress("Lâm Đồng", "Phường Xuân Trường - Đà Lạt")
      await checkout.street.fill("5 Trần Phú")
      await expect(page.getByTestId("checkout-save-address")).toHaveCount(0)
      await checkout.placeOrder.click()
      await expect(page).toHaveURL(/\/vi\/orders\/order_[A-Z0-9]+$/, {
        timeout: 45_000,
      })
      displayId = await order.displayId()
    })

    await test.step("signed in, they ask to attach it with its number and email", async () => {
      await account.signUp({
        name: "Trần Văn Minh",
        ...uniqueShopper("minh"),
        password: PASSWORD,
      })
      await account.attachNumber.fill(displayId)
      await account.attachContact.fill(guest.email)
      await account.attachSubmit.click()
      await expect(account.attachRequested).toContainText(`#${displayId}`)
      await expect(account.order(displayId)).toHaveCount(0)
    })

    await test.step("the emailed link confirms it, and the order is in the account's history", async () => {
      const link = new URL(await emailedTransferLink(request, guest.email))
      expect(link.pathname).toBe("/vi/account/orders/transfer")
      await page.goto(`${link.pathname}${link.search}`)
      await account.acceptTransfer.click()
      await expect(account.transferAccepted).toHaveText(
        `Đơn #${displayId} đã vào tài khoản của bạn.`
      )
      await page.getByTestId("account-transfer-to-account").click()
      await expect(account.order(displayId)).toBeVisible()
    })
  }
)
