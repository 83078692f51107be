import {
  expect,
  test,
  type APIRequestContext,
  type CspViolation,
} from "./fixtures"
import { seededAccounts } from "./pages/onboarding-page"
import { ProducerPage } from "./pages/producer-page"
import { PortalPage } from "./pages/portal-page"
import { PHONE_ONLY, SCREEN_INDEPENDENT } from "./tags"

// The storefront's security headers seen from a browser: which scripts may run where, who may
// frame the shop and what a producer's own text can do to a shopper's page.

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
  "cached pages send a static policy, per-request pages a nonce, every page the shared headers",
  SCREEN_INDEPENDENT,
  async ({ page }) => {
    const pages = [
      { path: "/vi", cached: true, camera: false },
      { path: "/vi/products", cached: true, camera: false },
      { path: "/en/search?q=dau", cached: true, camera: false },
      { path: "/vi/cart", cached: false, camera: false },
      { path: "/vi/portal/sign-in", cached: false, camera: true },
      { path: "/vi/onboarding/sign-in", cached: false, camera: true },
    ]
    for (const { path, cached, camera } of pages) {
      await test.step(path, async () => {
        const response = await page.goto(path)
        expect(response?.status()).toBe(200)
        const headers = response?.headers() ?? {}
        const csp = headers["content-security-policy"] ?? ""
        for (const directive of [
          "default-src 'self'",
          "frame-ancestors 'none'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
        ]) {
          expect(csp).toContain(directive)
        }
        if (cached) {
          expect(csp).toContain("script-src 'self' 'unsafe-inline'")
          expect(csp).not.toContain("'nonce-")
        } else {
          expect(csp).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/)
        }
        // No card payment is configured in the test shop: Stripe is allowed nowhere.
        expect(csp).not.toContain("stripe")
        expect(headers["referrer-policy"]).toBe(
          "strict-origin-when-cross-origin"
        )
        expect(headers["x-content-type-options"]).toBe("nosniff")
        expect(headers["permissions-policy"]).toContain(
          camera ? "camera=(self)" : "camera=()"
        )
        expect(headers["permissions-policy"]).toContain("microphone=()")
        expect(headers["x-powered-by"]).toBeUndefined()
        // Served over http here: HSTS would pin a host that has no https.
        expect(headers["strict-transport-security"]).toBeUndefined()
      })
    }
  }
)

test(
  "a page that frames the portal sign-in page gets an error instead of the form",
  SCREEN_INDEPENDENT,
  async ({ page, csp, baseURL }) => {
    const signIn = new URL("/vi/portal/sign-in", baseURL).toString()
    const direct = await page.request.get(signIn)
    expect(direct.headers()["content-security-policy"]).toContain(
      "frame-ancestors 'none'"
    )

    // The framing page is faked on the shop's own origin: Chromium's local network checks
    // already stop a public page framing localhost, which would hide what the header does.
    // 'none' refuses every ancestor, the shop's own origin included. robots.txt, which has no
    // policy, shows the same frame would render.
    const robots = new URL("/robots.txt", baseURL).toString()
    const attacker = new URL("/framing-test", baseURL).toString()
    await page.route(attacker, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html>
        <iframe id="target" src="${signIn}" width="600" height="600"></iframe>
        <iframe id="control" src="${robots}"></iframe>`,
      })
    )
    await page.goto(attacker)
    await expect(page.frameLocator("#control").locator("body")).toContainText(
      /user-agent/i
    )

    const reported: CspViolation[] = []
    await expect
      .poll(() => {
        reported.push(...csp.take())
        return reported.some((v) => v.message.includes("frame-ancestors"))
      })
      .toBe(true)
    await expect(
      page.frameLocator("#target").getByTestId("portal-email")
    ).toHaveCount(0)
  }
)

test(
  "a script injected into a per-request page does not run and is reported",
  SCREEN_INDEPENDENT,
  async ({ page, csp }) => {
    // Stands for stored markup that reached the HTML: the real response, headers included,
    // with a script and an inline handler added. Scripts added through Playwright itself
    // (addScriptTag) are exempt from the page's policy in Chromium, so they cannot show this.
    await page.route("**/vi/portal/sign-in", async (route) => {
      const response = await route.fetch()
      const html = (await response.text()).replace(
        "</body>",
        `<script>window.__ran = true</script><img src="/x.png" onerror="window.__ran = true"></body>`
      )
      await route.fulfill({ response, body: html })
    })
    const response = await page.goto("/vi/portal/sign-in")
    expect(response?.headers()["content-security-policy"]).toMatch(
      /script-src 'nonce-[^']+' 'strict-dynamic'/
    )
    // The page's own scripts carry the response's nonce and still run: the form hydrates.
    const portal = new PortalPage(page)
    await expect(portal.email).toBeVisible()
    expect(
      await page.evaluate(() =>
        Array.from(document.scripts).some((script) => script.nonce !== "")
      )
    ).toBe(true)

    const reported: CspViolation[] = []
    await expect
      .poll(() => {
        reported.push(...csp.take())
        return reported.filter((v) => v.message.startsWith("script-src")).length
      })
      .toBeGreaterThanOrEqual(2)
    expect(await page.evaluate(() => "__ran" in window)).toBe(false)
  }
)

test(
  "markup in a producer's story is shown as text and never runs",
  PHONE_ONLY,
  async ({ page, request }) => {
    const run = Date.now().toString(36)
    const handle = `htx-csp-${run}`
    const marker = `Câu chuyện ${run}`
    const story = `<script>window.__storyRan = true</script><img src=x onerror="window.__storyRan = true">${marker}`

    const token = await adminToken(request)
    const created = await request.post(`${backend}/admin/producers`, {
      headers: { authorization: `Bearer ${token}` },
      data: {
        handle,
        name: `HTX Thử CSP ${run}`,
        kind: "cooperative",
        phone: "0912 345 678",
        province: "Lâm Đồng",
        story_vi: story,
        status: "verified",
      },
    })
    expect(created.status()).toBe(200)

    const producer = new ProducerPage(page)
    await expect(async () => {
      const answer = await producer.goto(handle)
      expect(answer?.status()).toBe(200)
      await expect(producer.story).toContainText(marker, { timeout: 2_000 })
    }).toPass({ timeout: 30_000 })

    await expect(page.locator("[onerror]")).toHaveCount(0)
    await expect(producer.story.locator("script, img")).toHaveCount(0)
    // Whether the backend strips the tags or the page escapes them, no story code ran.
    expect(await page.evaluate(() => "__storyRan" in window)).toBe(false)
  }
)
