import { beforeEach, describe, expect, it, vi } from "vitest"
import { clearPreorder, savePreorder } from "../preorder"
import {
  reshapePortalOrder,
  reshapePortalProduct,
  type RawPortalProduct,
} from "../reshape"

// The pre-order card's actions as the member's form drives them, with the backend's answer in
// place of the route.
const backend = vi.hoisted(() => vi.fn())

vi.mock("server-only", () => ({}))
// Only its error class is used, and the refusals below are plain errors with a status.
vi.mock("@medusajs/js-sdk", () => ({ FetchError: class extends Error {} }))
vi.mock("../fetch", () => ({ producerFetch: backend }))

const harvest = {
  harvest_on: "2027-05-10",
  ships_on: "2027-05-12",
  quantity: 20,
  ordered: 3,
  remaining: 17,
  open: true,
}

const product = (preorder: RawPortalProduct["preorder"]) => ({
  product: { id: "prod_squash", handle: "bi-mi-soi", preorder },
})

function preorderForm(fields: Record<string, string> = {}) {
  const data = new FormData()
  const values = { locale: "vi", harvest_on: "2027-05-10", quantity: "20" }
  for (const [name, value] of Object.entries({ ...values, ...fields })) {
    data.set(name, value)
  }
  return data
}

const refusal = (status: number, message: string, errors?: unknown) =>
  Object.assign(new Error(message), {
    status,
    statusText: "Bad Request",
    errors,
  })

beforeEach(() => {
  backend.mockReset()
})

describe("reshapePortalProduct: the announced harvest", () => {
  it("keeps the backend's counts, ship day and whether it is open", () => {
    expect(reshapePortalProduct(product(harvest).product).preorder).toEqual({
      harvestOn: "2027-05-10",
      shipsOn: "2027-05-12",
      quantity: 20,
      ordered: 3,
      remaining: 17,
      open: true,
    })
  })

  it("has none when the backend sends none or a harvest without its days", () => {
    expect(reshapePortalProduct(product(null).product).preorder).toBeNull()
    expect(
      reshapePortalProduct(product({ ...harvest, ships_on: null }).product)
        .preorder
    ).toBeNull()
  })
})

describe("reshapePortalOrder: each line's ship day", () => {
  it("gives a pre-ordered line its day and a line from stock none", () => {
    const order = reshapePortalOrder({
      id: "order_01",
      display_id: 12,
      created_at: "2026-12-07T03:00:00.000Z",
      status: "pending",
      payment_status: "paid",
      shipping_address: null,
      total: 90000,
      shipments: [],
      shipped: false,
      items: [
        {
          id: "ordli_1",
          product_id: "prod_squash",
          title: "Bí mì sợi",
          variant_title: "1 kg",
          quantity: 2,
          unit_price: 45000,
          shipped_quantity: 0,
          ships_on: "2027-05-12",
        },
        {
          id: "ordli_2",
          product_id: "prod_chilli",
          title: "Ớt trái cây",
          variant_title: null,
          quantity: 1,
          unit_price: 60000,
          shipped_quantity: 0,
          ships_on: null,
        },
      ],
    })
    expect(order.items.map((item) => item.shipsOn)).toEqual([
      "2027-05-12",
      null,
    ])
    expect(order.items[0]).not.toHaveProperty("ships_on")
  })
})

describe("savePreorder", () => {
  it("posts the day and the count and shows the harvest as saved", async () => {
    backend.mockResolvedValue(product(harvest))
    expect(
      await savePreorder("prod_squash", { status: "idle" }, preorderForm())
    ).toEqual({
      status: "saved",
      preorder: expect.objectContaining({
        shipsOn: "2027-05-12",
        remaining: 17,
      }),
    })
    expect(backend).toHaveBeenCalledWith(
      "/producer/products/prod_squash/preorder",
      {
        method: "POST",
        locale: "vi",
        body: { harvest_on: "2027-05-10", quantity: 20 },
      }
    )
  })

  it("marks the field the backend refused", async () => {
    backend.mockRejectedValue(
      refusal(400, "harvest_on: Ngày thu hoạch phải sau hôm nay", [
        { field: "harvest_on", message: "Ngày thu hoạch phải sau hôm nay" },
      ])
    )
    expect(
      await savePreorder(
        "prod_squash",
        { status: "idle" },
        preorderForm({ harvest_on: "2020-01-01" })
      )
    ).toEqual({ status: "error", reason: "invalid", field: "harvest_on" })
  })

  it("leaves a count that is no number for the backend to name", async () => {
    backend.mockRejectedValue(
      refusal(400, "quantity: Số suất phải là số nguyên / Whole number")
    )
    expect(
      await savePreorder(
        "prod_squash",
        { status: "idle" },
        preorderForm({ quantity: "2,5" })
      )
    ).toEqual({ status: "error", reason: "invalid", field: "quantity" })
    expect(backend.mock.calls[0][1].body.quantity).toBe("2,5")
  })

  it("says not found for another producer's product", async () => {
    backend.mockRejectedValue(refusal(404, "Not found"))
    expect(
      await savePreorder("prod_other", { status: "idle" }, preorderForm())
    ).toEqual({ status: "error", reason: "notFound" })
  })
})

describe("clearPreorder", () => {
  it("stops pre-orders and shows none", async () => {
    backend.mockResolvedValue(product(null))
    expect(
      await clearPreorder("prod_squash", { status: "idle" }, preorderForm())
    ).toEqual({ status: "saved", preorder: null })
    expect(backend).toHaveBeenCalledWith(
      "/producer/products/prod_squash/preorder",
      { method: "DELETE", locale: "vi" }
    )
  })
})
