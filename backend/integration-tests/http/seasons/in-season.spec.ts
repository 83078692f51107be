import http from "node:http"
import type { AddressInfo } from "node:net"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { settled } from "../../utils/api"
import { seedProducer, seedProduct } from "../../utils/catalogue"
import { createStoreContext } from "../../utils/store"
import { runWorkflow } from "../../utils/workflows"
import { revalidateInSeason } from "../../../src/jobs/revalidate-in-season"

// What is in season is decided by the backend for the month it is in Vietnam; at the month's
// first hourly run the storefront is asked to rebuild the pages that show it.

const SECRET = "test-revalidate-secret-0123456789"
const EARLY_DECEMBER = new Date("2026-12-07T05:00:00Z")
const MID_JULY = new Date("2027-07-15T05:00:00Z")

type InSeason = { month: number; product_ids: string[] }
type Received = { secret?: string; tags?: string[] }

/** A local stand-in for the storefront's /api/revalidate: records what it receives. */
function startStorefrontStandIn() {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      received.push({
        secret: req.headers["x-revalidate-secret"] as string | undefined,
        tags: raw ? (JSON.parse(raw) as { tags?: string[] }).tags : undefined,
      })
      res.writeHead(200, { "content-type": "application/json" })
      res.end("{}")
    })
  })
  return {
    received,
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
        )
      ),
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

const storefront = startStorefrontStandIn()

medusaIntegrationTestRunner({
  env: { REVALIDATE_SECRET: SECRET },
  testSuite: ({ api, getContainer }) => {
    let previousStorefrontUrl: string | undefined

    beforeAll(async () => {
      previousStorefrontUrl = process.env.STOREFRONT_INTERNAL_URL
      process.env.STOREFRONT_INTERNAL_URL = await storefront.listen()
    })

    afterAll(async () => {
      process.env.STOREFRONT_INTERNAL_URL = previousStorefrontUrl
      await storefront.close()
    })

    it("lists the visible products in season this month: not one out of season, hidden, or sold in another channel", async () => {
      const container = getContainer()
      const store = await createStoreContext(container)
      const elsewhere = await createStoreContext(container)
      const verified = await seedProducer(container)
      const submitted = await seedProducer(container, { status: "submitted" })
      const product = (
        producerId: string,
        title: string,
        salesChannelId = store.salesChannelId
      ) => seedProduct(container, { salesChannelId, producerId, title })
      const persimmons = await product(verified.id, "Hồng treo gió")
      const squash = await product(verified.id, "Bí mì sợi")
      const unverified = await product(submitted.id, "Hồng chờ xác minh")
      const otherChannel = await product(
        verified.id,
        "Hồng kênh khác",
        elsewhere.salesChannelId
      )
      for (const [id, months] of [
        [persimmons.id, [10, 11, 12, 1]],
        [squash.id, [5, 6, 7, 8]],
        [unverified.id, [10, 11, 12, 1]],
        [otherChannel.id, [10, 11, 12, 1]],
      ] as const) {
        await runWorkflow(container, "set-product-season", {
          product_id: id,
          all_year: false,
          harvest_months: months,
          best_months: [],
        })
      }

      // The route reads the clock itself; only Date is replaced, timers keep running.
      const inSeasonAt = async (moment: Date) => {
        vi.useFakeTimers({ toFake: ["Date"], now: moment })
        try {
          const { data } = await api.get("/store/in-season", store)
          return data as InSeason
        } finally {
          vi.useRealTimers()
        }
      }
      expect(await inSeasonAt(EARLY_DECEMBER)).toEqual({
        month: 12,
        product_ids: [persimmons.id],
      })
      expect(await inSeasonAt(MID_JULY)).toEqual({
        month: 7,
        product_ids: [squash.id],
      })

      const withoutKey = await settled(api.get("/store/in-season"))
      expect(withoutKey.status).toEqual(400)
      const withParameter = await settled(
        api.get("/store/in-season?fields=id", store)
      )
      expect(withParameter.status).toEqual(400)
      expect(withParameter.data.message).toMatch("fields")
    })

    it("asks the storefront to refresh `in-season` once, at the hourly run just after midnight on the 1st in Đà Lạt", async () => {
      const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER)
      const inSeasonRequests = () =>
        storefront.received.filter((request) =>
          request.tags?.includes("in-season")
        )

      for (const hour of [
        "2026-11-30T15:00:00Z",
        "2026-11-30T16:00:00Z",
        "2026-11-30T17:00:00Z",
        "2026-11-30T18:00:00Z",
        "2026-12-01T00:00:00Z",
      ]) {
        await revalidateInSeason(logger, new Date(hour))
      }

      expect(inSeasonRequests()).toEqual([
        { secret: SECRET, tags: ["in-season"] },
      ])
    })
  },
})
