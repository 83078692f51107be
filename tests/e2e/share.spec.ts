import { expect, test, type Page } from "./fixtures"
import { PortalPage, seededProducerAccount } from "./pages/portal-page"
import { PHONE_ONLY, SCREEN_INDEPENDENT } from "./tags"

// Sharing a product: the share sheet gets the page's public address marked with a source, a
// visitor who opens a link marked `src=zalo` is counted, and the producer sees it in the
// portal's figures. Bột cần tây (HTX Vườn Nhà Đà Lạt) is left alone by the other journeys.

const HANDLE = "bot-can-tay"
const PRODUCER = "htx-vuon-nha-da-lat"

type Figures = { visits: number; linkOuts: number }

async function zaloFigures(page: Page): Promise<Figures> {
  await page.goto("/vi/portal/stats")
  const read = async (column: string) =>
    Number(await page.getByTestId(`portal-share-zalo-${column}`).innerText())
  return { visits: await read("visits"), linkOuts: await read("link-outs") }
}

test(
  "a shared product link carries its source, and the producer sees the Zalo visit and its click to voso.vn",
  PHONE_ONLY,
  async ({ page, browser, baseURL }) => {
    const portal = new PortalPage(page)
    let before: Figures = { visits: 0, linkOuts: 0 }
    await test.step("the member notes the Zalo figures", async () => {
      await portal.signIn(seededProducerAccount(PRODUCER))
      before = await zaloFigures(page)
    })

    // Two other people, each on their own phone: no cookie or storage of the member's.
    const shopper = await browser.newContext({ baseURL })
    const visitor = await browser.newContext({ baseURL })
    try {
      let shared = ""
      await test.step("a shopper taps Share: the phone's share sheet gets the public address with src", async () => {
        const tab = await shopper.newPage()
        // Stands in for the phone's share sheet, remembering what it was handed.
        await tab.addInitScript(() => {
          const handed: ShareData[] = []
          Object.defineProperty(window, "__handed", { value: handed })
          Object.defineProperty(navigator, "share", {
            configurable: true,
            value: async (data: ShareData) => {
              handed.push(data)
            },
          })
        })
        await tab.goto(`/vi/products/${HANDLE}`)
        await tab.getByTestId("share-button").click()
        await expect
          .poll(() =>
            tab.evaluate(
              () =>
                (window as unknown as { __handed: ShareData[] }).__handed.length
            )
          )
          .toBe(1)
        const data = await tab.evaluate(
          () => (window as unknown as { __handed: ShareData[] }).__handed[0]
        )
        const canonical = await tab
          .locator('link[rel="canonical"]')
          .getAttribute("href")
        shared = data.url ?? ""
        const url = new URL(shared)
        expect(`${url.origin}${url.pathname}`).toBe(canonical)
        expect(url.pathname).toBe(`/vi/products/${HANDLE}`)
        expect(["zalo", "fb", "qr", "copy"]).toContain(
          url.searchParams.get("src")
        )
      })

      await test.step("a second visitor opens the link as shared on Zalo and goes on to voso.vn", async () => {
        const tab = await visitor.newPage()
        // voso.vn itself is not reached from the test machine: its page is stood in for.
        await tab.route("https://voso.vn/**", (route) =>
          route.fulfill({ contentType: "text/html", body: "<p>voso.vn</p>" })
        )
        const link = new URL(shared)
        link.searchParams.set("src", "zalo")
        const counted = tab.waitForRequest(
          (request) =>
            request.url().endsWith("/api/share-visit") &&
            request.method() === "POST"
        )
        await tab.goto(`${link.pathname}${link.search}`)
        const beacon = await counted
        expect(beacon.postDataJSON()).toEqual({
          page: "product",
          handle: HANDLE,
          source: "zalo",
        })
        // The address loses its src, so a reload or a re-share does not count the share again.
        await expect(tab).toHaveURL(new RegExp(`/vi/products/${HANDLE}$`))
        const clickOut = tab.waitForRequest((request) =>
          request.url().includes("/vi/go/")
        )
        await tab.getByTestId("marketplace-link-voso").click()
        expect(new URL((await clickOut).url()).searchParams.get("src")).toBe(
          "zalo"
        )
        await expect(tab).toHaveURL(/^https:\/\/voso\.vn\//)
      })
    } finally {
      await shopper.close()
      await visitor.close()
    }

    await test.step("the member's figures count one more Zalo visit and one more click out", async () => {
      await expect
        .poll(() => zaloFigures(page), { timeout: 15_000 })
        .toEqual({ visits: before.visits + 1, linkOuts: before.linkOuts + 1 })
    })
  }
)

test(
  "product, producer, home and list pages each name one share card, a 1200 × 630 PNG",
  SCREEN_INDEPENDENT,
  async ({ page, request }) => {
    for (const path of [
      `/vi/products/${HANDLE}`,
      `/en/producers/${PRODUCER}`,
      "/vi",
      "/en/products",
      "/vi/producers",
    ]) {
      await test.step(path, async () => {
        await page.goto(path)
        const images = page.locator('meta[property="og:image"]')
        await expect(images).toHaveCount(1)
        await expect(page.locator('meta[name="twitter:image"]')).toHaveCount(1)
        await expect(
          page.locator('meta[property="og:image:width"]')
        ).toHaveAttribute("content", "1200")
        const card = new URL((await images.getAttribute("content")) ?? "")
        const answer = await request.get(`${card.pathname}${card.search}`)
        expect(answer.status()).toBe(200)
        expect(answer.headers()["content-type"]).toBe("image/png")
        // The PNG's own header: 1200 wide, 630 high.
        const png = await answer.body()
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
          1200, 630,
        ])
      })
    }
    const missing = await request.get(
      "/vi/products/no-such-product/opengraph-image"
    )
    expect(missing.status()).toBe(404)
  }
)
