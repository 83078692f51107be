import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runWorkflow } from "../../utils/workflows"
import {
  placeOrder,
  prepareMarketDefaults,
  seedProducerWithProduct,
} from "./portal-fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("shows a member this week's sales, units and link-out clicks of its own products only", async () => {
      const container = getContainer()
      const market = await prepareMarketDefaults(container)
      const owner = await seedProducerWithProduct(api, container, market)
      const other = await seedProducerWithProduct(api, container, market)
      // One order with a line of each producer, and one order of the other producer only.
      await placeOrder(container, market, [
        { variant_id: owner.variantId, quantity: 3 },
        { variant_id: other.variantId, quantity: 5 },
      ])
      await placeOrder(container, market, [
        { variant_id: other.variantId, quantity: 7 },
      ])
      await runWorkflow(container, "record-listing-click", {
        listing_id: owner.listing.id,
        locale: "vi",
      })
      await runWorkflow(container, "record-listing-click", {
        listing_id: owner.listing.id,
        locale: "en",
      })
      await runWorkflow(container, "record-listing-click", {
        listing_id: other.listing.id,
        locale: "vi",
      })

      const { data } = await api.get("/producer/me/stats", owner.member)

      expect(data.weeks).toHaveLength(8)
      const thisWeek = data.weeks[7]
      expect(thisWeek).toMatchObject({ units: 3, orders: 1 })
      // The fixture sells at 120.000 ₫ a unit.
      expect(thisWeek.revenue).toEqual(360000)
      expect(data.units_sold).toEqual(3)
      expect(data.revenue).toEqual(thisWeek.revenue)
      expect(data.clicks).toEqual({ voso: 2, postmart: 0 })
    })

    it("shows a member of a producer without sales eight empty weeks", async () => {
      const container = getContainer()
      const market = await prepareMarketDefaults(container)
      const owner = await seedProducerWithProduct(api, container, market)

      const { data } = await api.get("/producer/me/stats", owner.member)

      expect(data.weeks.map((week: { units: number }) => week.units)).toEqual([
        0, 0, 0, 0, 0, 0, 0, 0,
      ])
      expect(data).toMatchObject({
        units_sold: 0,
        revenue: 0,
        clicks: { voso: 0, postmart: 0 },
      })
    })
  },
})
