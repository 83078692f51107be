import { expect, test, type APIRequestContext } from "./fixtures"
import { PHONE_ONLY } from "./tags"
import { seededAccounts } from "./pages/onboarding-page"
import { ProductPage } from "./pages/product-page"

// The stars a product page shows are the ones the backend decided (a certificate counts while
// issued ≤ now < expires): valid, expired and not yet issued, read from the Store API and the
// rendered page side by side. It edits a seeded certificate and puts it back, so it runs once.

const backend = process.env.BACKEND_URL ?? "http://localhost:9000"
const HANDLE = "khoai-lang-mat-say"
const DAY = 24 * 3600_000

type StoreCertificate = {
  stars: number
  displayed_stars: number | null
  decision_number: string
  issuing_level: string
  issued_at: string
  expires_at: string
}

async function storeProduct(request: APIRequestContext) {
  const response = await request.get(
    `${backend}/store/products?handle=${HANDLE}&fields=id,+ocop_certificate.*`,
    {
      headers: {
        "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
      },
    }
  )
  const { products } = (await response.json()) as {
    products: { id: string; ocop_certificate: StoreCertificate }[]
  }
  return products[0]
}

async function officerHeaders(request: APIRequestContext) {
  const { admin } = seededAccounts()
  const response = await request.post(`${backend}/auth/user/emailpass`, {
    data: { email: admin.email, password: admin.password },
  })
  const { token } = (await response.json()) as { token: string }
  return { authorization: `Bearer ${token}` }
}

test(
  "a product page shows the stars of a valid certificate and none of an expired or not-yet-issued one",
  PHONE_ONLY,
  async ({ page, request }) => {
    test.setTimeout(120_000)
    const product = new ProductPage(page)
    const original = await storeProduct(request)
    expect(original.ocop_certificate.displayed_stars).toBe(3)
    const headers = await officerHeaders(request)
    const setCertificate = async (issuedAt: Date, expiresAt: Date) => {
      const response = await request.post(
        `${backend}/admin/products/${original.id}/ocop-certificate`,
        {
          headers,
          data: {
            stars: original.ocop_certificate.stars,
            decision_number: original.ocop_certificate.decision_number,
            issuing_level: original.ocop_certificate.issuing_level,
            issued_at: issuedAt.toISOString(),
            expires_at: expiresAt.toISOString(),
          },
        }
      )
      expect(response.status()).toBe(200)
    }
    /** The stars on the rendered page, once the cached page has been regenerated. */
    const pageShows = async (stars: number | null) => {
      const api = await storeProduct(request)
      expect(api.ocop_certificate.displayed_stars).toBe(stars)
      await expect
        .poll(
          async () => {
            await product.goto(HANDLE)
            const badge = product.certificate.getByTestId("ocop-stars")
            return (await badge.count())
              ? await badge.getAttribute("data-stars")
              : null
          },
          { timeout: 30_000 }
        )
        .toBe(stars === null ? null : String(stars))
    }
    const now = Date.now()

    try {
      await test.step("valid: the page shows 3 stars", () => pageShows(3))

      await test.step("expired: the page shows none", async () => {
        await setCertificate(new Date(now - 1200 * DAY), new Date(now - DAY))
        await pageShows(null)
      })

      await test.step("not yet issued: the page shows none", async () => {
        await setCertificate(new Date(now + 2 * DAY), new Date(now + 900 * DAY))
        await pageShows(null)
      })
    } finally {
      await setCertificate(
        new Date(original.ocop_certificate.issued_at),
        new Date(original.ocop_certificate.expires_at)
      )
    }
    await test.step("the certificate put back: 3 stars again", () =>
      pageShows(3))
  }
)
