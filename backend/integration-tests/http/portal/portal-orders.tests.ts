import { createStoreContext } from "../../utils/store"
import {
  placeOrder,
  prepareMarketDefaults,
  seedProducerWithProduct,
} from "./portal-fixtures"
import type { SuiteContext } from "../../utils/suite"

type Seeded = Awaited<ReturnType<typeof seedProducerWithProduct>>

export function portalOrdersTests({ api, getContainer }: SuiteContext) {
  let owner: Seeded
  let other: Seeded
  let orderId: string
  let market: Awaited<ReturnType<typeof prepareMarketDefaults>>

  beforeEach(async () => {
    const container = getContainer()
    market = await prepareMarketDefaults(container)
    owner = await seedProducerWithProduct(api, container, market)
    other = await seedProducerWithProduct(api, container, market)
    const order = await placeOrder(container, market, [
      { variant_id: owner.variantId, quantity: 2 },
      { variant_id: other.variantId, quantity: 1 },
    ])
    orderId = order.id
  })

  const fail = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error("expected the request to fail")
      },
      (error) => error.response
    )

  it("shows each producer only its own lines of a shared order, with the shipping address", async () => {
    const mine = await api.get("/producer/orders", owner.member)
    const theirs = await api.get("/producer/orders", other.member)

    expect(mine.data.count).toEqual(1)
    expect(mine.data.orders[0]).toMatchObject({
      id: orderId,
      total: 240000,
      shipped: false,
      shipping_address: {
        name: "Nguyễn An",
        phone: "+84912345678",
        province: "Lâm Đồng",
      },
      items: [
        {
          product_id: owner.product.id,
          quantity: 2,
          unit_price: 120000,
          shipped_quantity: 0,
        },
      ],
    })
    expect(JSON.stringify(mine.data)).not.toContain(other.product.id)
    expect(theirs.data.orders[0].items).toEqual([
      expect.objectContaining({ product_id: other.product.id, quantity: 1 }),
    ])
    expect(JSON.stringify(theirs.data)).not.toContain(owner.product.id)
  })

  it("marks only the producer's lines shipped with carrier and tracking number, as a Medusa shipment", async () => {
    const { data } = await api.post(
      `/producer/orders/${orderId}/ship`,
      { carrier: "viettelpost", tracking_number: "VTP123456789" },
      owner.member
    )

    expect(data.order).toMatchObject({
      shipped: true,
      items: [{ quantity: 2, shipped_quantity: 2 }],
      shipments: [
        {
          carrier: "Viettel Post",
          carrier_code: "viettelpost",
          tracking_numbers: ["VTP123456789"],
          tracking: [
            {
              number: "VTP123456789",
              url: "https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/?code=VTP123456789",
            },
          ],
          shipped_at: expect.any(String),
        },
      ],
    })
    const theirs = await api.get("/producer/orders", other.member)
    expect(theirs.data.orders[0]).toMatchObject({
      shipped: false,
      shipments: [],
    })

    // What the shopper's order page reads: carrier and tracking, and nothing about who shipped.
    const store = await createStoreContext(getContainer())
    const summary = await api.get(`/store/orders/${orderId}/summary`, store)
    expect(summary.data.order.fulfillments).toEqual([
      expect.objectContaining({
        shipped_at: expect.anything(),
        carrier: "Viettel Post",
        carrier_code: "viettelpost",
        labels: [
          {
            tracking_number: "VTP123456789",
            tracking_url:
              "https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/?code=VTP123456789",
          },
        ],
      }),
    ])
    expect(JSON.stringify(summary.data)).not.toContain(owner.producer.id)
  })

  it("ships only paid orders: an unpaid one awaits its transfer, and shipping it answers 400 and changes nothing", async () => {
    const container = getContainer()
    const unpaid = await placeOrder(
      container,
      market,
      [{ variant_id: owner.variantId, quantity: 1 }],
      {},
      { paid: false }
    )
    const { data } = await api.get("/producer/orders", owner.member)
    const status = (id: string) =>
      data.orders.find((order) => order.id === id)?.payment_status
    expect(status(unpaid.id)).toEqual("awaiting_transfer")
    expect(status(orderId)).toEqual("paid")

    const refused = await fail(
      api.post(
        `/producer/orders/${unpaid.id}/ship`,
        { carrier: "vnpost", tracking_number: "EB999" },
        owner.member
      )
    )
    expect(refused.status).toEqual(400)
    expect(refused.data.message).toMatch(/not paid/)
    const after = await api.get("/producer/orders", owner.member)
    const still = after.data.orders.find((order) => order.id === unpaid.id)
    expect(still).toMatchObject({ shipped: false, shipments: [] })
  })

  it("refuses shipping twice, and without a tracking number", async () => {
    await api.post(
      `/producer/orders/${orderId}/ship`,
      { carrier: "vnpost", tracking_number: "EB123" },
      owner.member
    )
    const again = await fail(
      api.post(
        `/producer/orders/${orderId}/ship`,
        { carrier: "vnpost", tracking_number: "EB124" },
        owner.member
      )
    )
    expect(again.status).toEqual(400)
    expect(again.data.message).toMatch(/already marked shipped/)

    const missing = await fail(
      api.post(
        `/producer/orders/${orderId}/ship`,
        { carrier: "vnpost", tracking_number: " " },
        other.member
      )
    )
    expect(missing.status).toEqual(400)
    expect(missing.data.message).toMatch(/tracking_number/)
  })

  it.each([
    [{ carrier: "Viettel Post", tracking_number: "A1" }, "carrier"],
    [{ carrier: "dhl", tracking_number: "A1" }, "carrier"],
    [{ carrier: "coach", tracking_number: "A1" }, "carrier_name"],
    [
      { carrier: "ghn", tracking_number: "A1", carrier_name: "GHN" },
      "carrier_name",
    ],
    [
      {
        carrier: "ghn",
        tracking_number: "A1",
        tracking_url: "https://example.com/track",
      },
      "tracking_url",
    ],
  ])("refuses %o with a 400 naming %s", async (body, field) => {
    const response = await fail(
      api.post(`/producer/orders/${orderId}/ship`, body, owner.member)
    )
    expect(response.status).toEqual(400)
    expect(response.data.message).toContain(field)
  })

  it("gives a coach or other carrier its typed name and no link, and URL-encodes the number", async () => {
    await api.post(
      `/producer/orders/${orderId}/ship`,
      {
        carrier: "other",
        carrier_name: "Nhà xe Phương Trang",
        tracking_number: "PT 12/34",
      },
      owner.member
    )
    await api.post(
      `/producer/orders/${orderId}/ship`,
      { carrier: "jt", tracking_number: "JT 1&2" },
      other.member
    )

    const store = await createStoreContext(getContainer())
    const summary = await api.get(`/store/orders/${orderId}/summary`, store)
    const byCode = Object.fromEntries(
      summary.data.order.fulfillments.map((f) => [f.carrier_code, f])
    )
    expect(byCode.other).toMatchObject({
      carrier: "Nhà xe Phương Trang",
      labels: [{ tracking_number: "PT 12/34", tracking_url: null }],
    })
    expect(byCode.jt.labels[0].tracking_url).toEqual(
      "https://jtexpress.vn/vi/tracking?type=track&billcode=JT%201%262"
    )
  })

  it("answers 404 to a producer with no line in the order", async () => {
    const third = await seedProducerWithProduct(api, getContainer(), market)
    const response = await fail(
      api.post(
        `/producer/orders/${orderId}/ship`,
        { carrier: "vnpost", tracking_number: "EB125" },
        third.member
      )
    )
    expect(response.status).toEqual(404)
  })
}
