import http from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { seedProducer, seedProduct } from "../../utils/catalogue"
import { createStoreContext, type StoreContext } from "../../utils/store"

const SECRET = "test-revalidate-secret-0123456789"

type ReceivedRequest = {
  path?: string
  secret?: string
  body: { tags?: string[] }
}

/** A stand-in for the storefront's /api/revalidate endpoint that records what it receives. */
function startFakeStorefront() {
  const received: ReceivedRequest[] = []
  let status = 200
  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      received.push({
        path: req.url,
        secret: req.headers["x-revalidate-secret"] as string | undefined,
        body: raw ? JSON.parse(raw) : {},
      })
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify({ revalidated: status === 200 }))
    })
  })
  return {
    received,
    answerWith: (code: number) => (status = code),
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
        )
      ),
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor<T>(
  probe: () => T | undefined,
  timeoutMs = 5_000
): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = probe()
    if (value !== undefined) {
      return value
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`Nothing arrived within ${timeoutMs} ms`)
    }
    await sleep(50)
  }
}

const storefront = startFakeStorefront()

medusaIntegrationTestRunner({
  env: { REVALIDATE_SECRET: SECRET },
  testSuite: ({ api, getContainer }) => {
    let admin: RequestHeaders
    let store: StoreContext
    let previousStorefrontUrl: string | undefined

    beforeAll(async () => {
      // The URL is read when a revalidation is sent, so it can be set once the port is known.
      previousStorefrontUrl = process.env.STOREFRONT_INTERNAL_URL
      process.env.STOREFRONT_INTERNAL_URL = await storefront.listen()
    })

    afterAll(async () => {
      process.env.STOREFRONT_INTERNAL_URL = previousStorefrontUrl
      await storefront.close()
    })

    beforeEach(async () => {
      admin = await createAdminHeaders(getContainer())
      store = await createStoreContext(getContainer())
      storefront.answerWith(200)
    })

    /** Lets the revalidations caused by seeding go out before the action under test. */
    const settle = async () => {
      await sleep(800)
      storefront.received.length = 0
    }

    /** Every tag the storefront was sent for one action, whose events may come in bursts. */
    const tagsSent = async () => {
      await waitFor(() => storefront.received[0])
      await sleep(1_500)
      return [...new Set(storefront.received.flatMap((r) => r.body.tags ?? []))]
    }

    it("asks the storefront to rebuild a changed product's page, its producer's and the lists", async () => {
      const container = getContainer()
      const producer = await seedProducer(container)
      const product = await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: producer.id,
      })
      await settle()

      await api.post(
        `/admin/products/${product.id}`,
        { title: "Dâu tây mới" },
        admin
      )

      const request = await waitFor(() => storefront.received[0])
      expect(request.path).toEqual("/api/revalidate")
      expect(request.secret).toEqual(SECRET)
      expect((await tagsSent()).sort()).toEqual(
        [
          `product:${product.handle}`,
          `producer:${producer.handle}`,
          "product-list",
          "in-season-list",
          // A product's publication changes its producer's count on the producer list.
          "producer-list",
        ].sort()
      )
    })

    it("sends a price change's product, producer and lists, and nothing of another product or producer", async () => {
      const container = getContainer()
      const producer = await seedProducer(container)
      const product = await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: producer.id,
      })
      const otherProducer = await seedProducer(container)
      const otherProduct = await seedProduct(container, {
        salesChannelId: store.salesChannelId,
        producerId: otherProducer.id,
      })
      const {
        data: { product_category: category },
      } = await api.post(
        "/admin/product-categories",
        { name: "Trái cây", handle: `trai-cay-${product.handle}` },
        admin
      )
      await api.post(
        `/admin/products/${product.id}`,
        { categories: [{ id: category.id }] },
        admin
      )
      await settle()

      await api.post(
        `/admin/products/${product.id}/variants/${product.variants[0].id}`,
        { prices: [{ currency_code: "vnd", amount: 135000 }] },
        admin
      )

      const tags = await tagsSent()
      expect(tags.sort()).toEqual(
        [
          `product:${product.handle}`,
          `producer:${producer.handle}`,
          "product-list",
          `product-list:${category.handle}`,
          "in-season-list",
        ].sort()
      )
      expect(tags).not.toContain(`product:${otherProduct.handle}`)
      expect(tags).not.toContain(`producer:${otherProducer.handle}`)
      expect(tags).not.toContain("products")
    })

    it("asks the storefront to rebuild the producer's page and the producer list when an officer verifies it", async () => {
      const producer = await seedProducer(getContainer(), {
        status: "submitted",
      })
      await settle()

      await api.post(`/admin/producers/${producer.id}/verify`, {}, admin)

      const request = await waitFor(() => storefront.received[0])
      expect(request.secret).toEqual(SECRET)
      expect(await tagsSent()).toEqual(
        expect.arrayContaining([`producer:${producer.handle}`, "producer-list"])
      )
    })

    it("adds the categories tag when a category changes", async () => {
      await settle()

      await api.post("/admin/product-categories", { name: "Đặc sản" }, admin)

      const request = await waitFor(() =>
        storefront.received.find((r) => r.body.tags?.includes("categories"))
      )
      expect(request.body.tags).toEqual(["products", "producers", "categories"])
    })

    it("keeps the backend write successful when the storefront fails", async () => {
      const producer = await seedProducer(getContainer())
      await settle()
      storefront.answerWith(500)

      const response = await api.post(
        `/admin/producers/${producer.id}`,
        { name: "Tên mới" },
        admin
      )

      expect(response.status).toEqual(200)
      await waitFor(() => storefront.received[0])
    })
  },
})
