import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { createStoreContext } from "../../utils/store"
import {
  prepareMarketDefaults,
  seedProducerWithProduct,
} from "../portal/portal-fixtures"
import type { SuiteContext } from "../../utils/suite"

type Refusal = { response: { status: number; data: { message: string } } }

export function queryParametersTests({ api, getContainer }: SuiteContext) {
  const refusalOf = (url: string, headers: RequestHeaders) =>
    api.get(url, headers).catch((error: Refusal) => error.response)

  describe("GET routes that read no query parameter", () => {
    it("refuse an unexpected one with a 400 naming it, for officers, members and shoppers", async () => {
      const container = getContainer()
      const admin = await createAdminHeaders(container)
      const market = await prepareMarketDefaults(container)
      const { member } = await seedProducerWithProduct(api, container, market)
      const store = await createStoreContext(container)

      for (const [url, headers] of [
        ["/admin/onboarding/stats?fields=*", admin],
        ["/admin/search-status?expand=all", admin],
        ["/producer/me?fields=email", member],
        ["/producer/products?limit=1000", member],
        ["/store/orders/order_none/summary?fields=email", store],
      ] as const) {
        const answer = await refusalOf(url, headers)
        expect({ url, status: answer.status }).toEqual({ url, status: 400 })
        expect(answer.data.message).toMatch(url.split("?")[1].split("=")[0])
      }

      expect((await api.get("/producer/me", member)).status).toEqual(200)
      expect((await api.get("/admin/onboarding/stats", admin)).status).toEqual(
        200
      )
    })
  })

  describe("GET /admin/bank-transactions", () => {
    it("accepts a known outcome and refuses any other with a 400 naming `outcome`", async () => {
      const admin = await createAdminHeaders(getContainer())

      const settled = await api.get(
        "/admin/bank-transactions?outcome=captured",
        admin
      )
      expect(settled.status).toEqual(200)
      expect(settled.data.transactions).toEqual([])

      const refused = await refusalOf(
        "/admin/bank-transactions?outcome=stolen",
        admin
      )
      expect(refused.status).toEqual(400)
      expect(refused.data.message).toMatch("outcome")
    })
  })
}
