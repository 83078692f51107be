import { expect, test, type APIRequestContext } from "./fixtures"
import { seededAccounts } from "./pages/onboarding-page"
import { SCREEN_INDEPENDENT } from "./tags"

// Catalogue pages are rendered once and served from Next's full-route cache until the backend
// names them in a revalidation: what a shopper receives fast, and what a price change refreshes.

const backend = process.env.BACKEND_URL ?? "http://localhost:9000"

const CATALOGUE_PAGES = [
  "/vi",
  "/vi/products",
  "/en/products?category=rau-cu",
  "/vi/products/in-season",
  "/vi/products/dau-tay-namanh",
  "/vi/producers",
  "/vi/producers/namanh-farm",
]

/** The page served twice in a row: the second answer comes from the cache. */
async function repeated(request: APIRequestContext, path: string) {
  await request.get(path)
  const response = await request.get(path)
  return {
    status: response.status(),
    cache: response.headers()["x-nextjs-cache"],
    bytes: (await response.body()).length,
  }
}

test(
  "every catalogue page answers a repeat request from the cache",
  SCREEN_INDEPENDENT,
  async ({ request }) => {
    for (const path of CATALOGUE_PAGES) {
      await test.step(path, async () => {
        // A change elsewhere in the suite may expire a page between the two requests.
        await expect
          .poll(async () => (await repeated(request, path)).cache, {
            timeout: 20_000,
          })
          .toBe("HIT")
        const { status, bytes } = await repeated(request, path)
        expect(status).toBe(200)
        // The page's weight on a phone's connection, for the run's report.
        test.info().annotations.push({
          type: "html-bytes",
          description: `${path}: ${bytes}`,
        })
      })
    }

    await test.step("a page past the end of a list still answers 404", async () => {
      for (const path of ["/vi/products?page=2", "/vi/producers?page=9"]) {
        expect((await request.get(path)).status(), path).toBe(404)
      }
    })

    await test.step("a list's internal address leads to its public one", async () => {
      const response = await request.get("/vi/products/_list/all/1/rau-cu", {
        maxRedirects: 0,
      })
      expect(response.status()).toBe(308)
      expect(response.headers()["location"]).toMatch(
        /\/vi\/products\?category=rau-cu$/
      )
    })
  }
)

async function adminHeaders(request: APIRequestContext) {
  const { admin } = seededAccounts()
  const response = await request.post(`${backend}/auth/user/emailpass`, {
    data: { email: admin.email, password: admin.password },
  })
  expect(response.status()).toBe(200)
  const { token } = (await response.json()) as { token: string }
  return { authorization: `Bearer ${token}` }
}

async function setPrice(
  request: APIRequestContext,
  headers: Record<string, string>,
  handle: string,
  amount: number
) {
  const found = await request.get(`${backend}/admin/products`, {
    headers,
    params: { handle, fields: "id,variants.id" },
  })
  expect(found.status()).toBe(200)
  const { products } = (await found.json()) as {
    products: { id: string; variants: { id: string }[] }[]
  }
  const [product] = products
  const response = await request.post(
    `${backend}/admin/products/${product.id}/variants/${product.variants[0].id}`,
    { headers, data: { prices: [{ currency_code: "vnd", amount }] } }
  )
  expect(response.status()).toBe(200)
}

test(
  "a price change shows on the product's page, its producer's and the list, and leaves other pages cached",
  SCREEN_INDEPENDENT,
  async ({ request }) => {
    // Seeded at 110.000 ₫; no other journey reads this product or the coffee below.
    const handle = "atiso-say-kho"
    const pages = [
      `/vi/products/${handle}`,
      "/vi/producers/htx-vuon-nha-da-lat",
      "/vi/products?category=bot-va-do-uong",
    ]
    const untouched = "/vi/products/ca-phe-arabica-xuan-tho"
    const headers = await adminHeaders(request)

    for (const path of [...pages, untouched]) {
      await expect
        .poll(async () => (await repeated(request, path)).cache, {
          timeout: 20_000,
        })
        .toBe("HIT")
    }

    await setPrice(request, headers, handle, 123000)
    try {
      for (const path of pages) {
        await test.step(`${path} shows 123.000 ₫`, async () => {
          await expect
            .poll(async () => (await request.get(path)).text(), {
              timeout: 20_000,
              intervals: [500, 1000, 2000],
            })
            .toMatch(/123\.000\u00a0₫/)
        })
      }
      await test.step("another producer's product is still served from the cache", async () => {
        expect((await request.get(untouched)).headers()["x-nextjs-cache"]).toBe(
          "HIT"
        )
      })
    } finally {
      await setPrice(request, headers, handle, 110000)
    }
  }
)
