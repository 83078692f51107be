import { expect, test, type APIRequestContext } from "./fixtures"
import { PHONE_ONLY } from "./tags"
import { OnboardingPage, seededAccounts } from "./pages/onboarding-page"
import { PortalPage } from "./pages/portal-page"
import { ProductPage } from "./pages/product-page"

// The onboarding journey: a tech-team volunteer registers a new producer on a phone, an officer
// verifies it, shoppers see its product and the producer's member joins through the invite.
// It creates its own producer; it runs once, in the mobile project (Pixel 7).

const backend = process.env.BACKEND_URL ?? "http://localhost:9000"

async function adminToken(request: APIRequestContext) {
  const { admin } = seededAccounts()
  const response = await request.post(`${backend}/auth/user/emailpass`, {
    data: { email: admin.email, password: admin.password },
  })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

test(
  "a volunteer onboards a producer on a phone; once verified its product is on sale and its member signs in through the invite",
  PHONE_ONLY,
  async ({ page, request }) => {
    const run = Date.now().toString(36)
    const producer = {
      name: `HTX Mứt dâu Đa Thọ ${run}`,
      phone: "0912 345 678",
      consentBy: "Trần Thị Lan",
      province: "Lâm Đồng",
      ward: "Phường Xuân Trường - Đà Lạt",
      story: "Hợp tác xã làm mứt dâu từ vườn dâu Xuân Thọ.",
    }
    const product = {
      title: `Mứt dâu tây ${run}`,
      variant: "Hũ 200 g",
      price: "120000",
      priceShown: /120\.000\u00a0₫/,
    }
    const memberEmail = `htx-${run}@xuantho.test`
    const password = "dau-tay-2026"
    const onboarding = new OnboardingPage(page)
    // A whole onboarding on a slow phone profile: eight screens, an officer and a sign-in.
    test.setTimeout(180_000)

    await test.step("the volunteer signs in and records the producer with its consent", async () => {
      await onboarding.signIn(seededAccounts().onboarder)
      await onboarding.fillBasics(producer)
      await onboarding.fillPlace(producer)
    })

    await test.step("reopening the producer resumes at the first step not saved yet", async () => {
      await onboarding.reopen(producer.name)
      await onboarding.expectStep("story")
    })

    await test.step("adds the story and a product priced 120000, shown as 120.000 ₫", async () => {
      await onboarding.fillStory(producer)
      await onboarding.addProduct(product)
    })

    await test.step("skips the recommended certificates and submits for verification", async () => {
      await onboarding.submitForVerification()
    })

    const producerId = onboarding.producerId()
    let invitePath = ""
    await test.step("creates the member's invite: a link and its QR code", async () => {
      invitePath = await onboarding.invite(memberEmail)
      expect(invitePath).toMatch(/^\/vi\/portal\/invite\/.+/)
    })

    let handle = ""
    await test.step("an officer verifies the producer through the admin API", async () => {
      const token = await adminToken(request)
      const headers = { authorization: `Bearer ${token}` }
      const verified = await request.post(
        `${backend}/admin/producers/${producerId}/verify`,
        {
          headers,
          data: {},
        }
      )
      expect(verified.status()).toBe(200)
      const body = (await verified.json()) as {
        producer: {
          status: string
          products: { title: string; handle: string }[]
        }
      }
      expect(body.producer.status).toBe("verified")
      handle =
        body.producer.products.find((row) => row.title === product.title)
          ?.handle ?? ""
      expect(handle).toMatch(/^mut-dau-tay-/)
    })

    await test.step("shoppers now see the product with its price", async () => {
      const listed = await request.get(
        `${backend}/store/products?handle=${encodeURIComponent(handle)}&fields=id`,
        {
          headers: {
            "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
          },
        }
      )
      expect(
        ((await listed.json()) as { products: unknown[] }).products
      ).toHaveLength(1)
      const productPage = new ProductPage(page)
      await expect(async () => {
        const answer = await productPage.goto(handle)
        expect(answer?.status()).toBe(200)
        await expect(productPage.title).toHaveText(product.title, {
          timeout: 2_000,
        })
      }).toPass({ timeout: 30_000 })
      await expect(productPage.price).toContainText("120.000")
    })

    await test.step("the member opens the invite, sets a password and lands in the portal", async () => {
      await page.context().clearCookies()
      await page.goto(invitePath)
      await expect(page.getByTestId("accept-invite-producer")).toContainText(
        producer.name
      )
      await page.getByTestId("accept-invite-password").fill(password)
      await page.getByTestId("accept-invite-confirm").fill(password)
      await page.getByTestId("accept-invite-submit").click()
      const portal = new PortalPage(page)
      await expect(portal.greeting).toBeVisible()
      await expect(page.getByTestId("portal-producer-name")).toHaveText(
        producer.name
      )
    })

    await test.step("the used invite says so, and the new password signs in", async () => {
      await page.goto(invitePath)
      await expect(
        page.getByTestId("accept-invite-unavailable")
      ).toHaveAttribute("data-reason", "used")
      await page.context().clearCookies()
      await new PortalPage(page).signIn({
        email: memberEmail,
        password,
        producer_handle: "",
      })
    })
  }
)
