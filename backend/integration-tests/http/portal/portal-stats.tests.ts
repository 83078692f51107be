import { ProductStatus } from "@medusajs/framework/utils"
import { settled } from "../../utils/api"
import { seedProducer, seedProduct } from "../../utils/catalogue"
import { createStoreContext } from "../../utils/store"
import { runWorkflow } from "../../utils/workflows"
import {
  placeOrder,
  prepareMarketDefaults,
  seedProducerWithProduct,
} from "./portal-fixtures"
import type { SuiteContext } from "../../utils/suite"

export function portalStatsTests({ api, getContainer }: SuiteContext) {
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

  it("counts pages opened from shared links and the link-outs they led to, per source, for the producer whose page it is", async () => {
    const container = getContainer()
    const market = await prepareMarketDefaults(container)
    const store = await createStoreContext(container)
    const owner = await seedProducerWithProduct(api, container, market)
    const other = await seedProducerWithProduct(api, container, market)
    const visit = (body: Record<string, unknown>) =>
      settled(api.post("/store/share-visits", body, { headers: store.headers }))

    const opened = [
      { page: "product", handle: owner.product.handle, source: "zalo" },
      { page: "product", handle: owner.product.handle, source: "zalo" },
      { page: "producer", handle: owner.producer.handle, source: "qr" },
      { page: "product", handle: other.product.handle, source: "fb" },
      { page: "home", source: "copy" },
      { page: "list", source: "fb" },
    ]
    for (const body of opened) {
      const answer = await visit(body)
      expect(answer.status).toEqual(201)
      expect(answer.data).toEqual({ recorded: true })
    }
    const click = (listingId: string, source?: string) =>
      api.post(
        `/store/marketplace-listings/${listingId}/click`,
        { locale: "vi", ...(source ? { source } : {}) },
        { headers: store.headers }
      )
    await click(owner.listing.id, "zalo")
    await click(owner.listing.id)
    await click(other.listing.id, "fb")

    const { data } = await api.get("/producer/me/stats", owner.member)

    expect(data.shares).toEqual([
      { source: "zalo", visits: 2, link_outs: 1 },
      { source: "fb", visits: 0, link_outs: 0 },
      { source: "qr", visits: 1, link_outs: 0 },
      { source: "copy", visits: 0, link_outs: 0 },
    ])
    expect(data.clicks).toEqual({ voso: 2, postmart: 0 })
  })

  it("refuses a visit to a page shoppers cannot see with 404 and a malformed one with 400 naming each field, and counts neither", async () => {
    const container = getContainer()
    const market = await prepareMarketDefaults(container)
    const store = await createStoreContext(container)
    const owner = await seedProducerWithProduct(api, container, market)
    const draft = await seedProduct(container, {
      salesChannelId: market.salesChannelId,
      producerId: owner.producer.id,
      status: ProductStatus.DRAFT,
    })
    const unverified = await seedProducer(container, { status: "submitted" })
    const visit = (body: Record<string, unknown>) =>
      settled(api.post("/store/share-visits", body, { headers: store.headers }))

    for (const body of [
      { page: "product", handle: draft.handle, source: "zalo" },
      { page: "product", handle: "khong-co-san-pham-nay", source: "zalo" },
      { page: "producer", handle: unverified.handle, source: "qr" },
    ]) {
      expect((await visit(body)).status).toEqual(404)
    }

    const unknownSource = await visit({
      page: "product",
      handle: owner.product.handle,
      source: "telegram",
    })
    expect(unknownSource.status).toEqual(400)
    expect(unknownSource.data.errors?.[0]?.field).toEqual("source")
    const noHandle = await visit({ page: "product", source: "zalo" })
    expect(noHandle.status).toEqual(400)
    expect(noHandle.data.errors?.[0]?.field).toEqual("handle")
    const extra = await visit({ page: "home", handle: "x", source: "qr" })
    expect(extra.status).toEqual(400)
    expect(extra.data.errors?.[0]?.field).toEqual("handle")
    const badClick = await settled(
      api.post(
        `/store/marketplace-listings/${owner.listing.id}/click`,
        { source: "telegram" },
        { headers: store.headers }
      )
    )
    expect(badClick.status).toEqual(400)

    const { data } = await api.get("/producer/me/stats", owner.member)
    expect(data.shares.map((row: { visits: number }) => row.visits)).toEqual([
      0, 0, 0, 0,
    ])
    expect(data.clicks).toEqual({ voso: 0, postmart: 0 })
  })
}
