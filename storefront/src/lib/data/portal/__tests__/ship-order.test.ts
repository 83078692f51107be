import { beforeEach, describe, expect, it, vi } from "vitest"
import { shipOrder } from "../orders"

// The ship action as a member's form drives it, with the backend's answer in place of the route.
const backend = vi.hoisted(() => vi.fn())
const refresh = vi.hoisted(() => vi.fn())

vi.mock("server-only", () => ({}))
// Only its error class is used, and the refusals below are plain errors with a status.
vi.mock("@medusajs/js-sdk", () => ({ FetchError: class extends Error {} }))
vi.mock("next/cache", () => ({ refresh }))
vi.mock("../fetch", () => ({ producerFetch: backend }))

function shipForm(fields: Record<string, string> = {}) {
  const data = new FormData()
  const values = {
    locale: "vi",
    orderId: "order_01",
    carrier: "viettelpost",
    tracking_number: "VTP123",
    ...fields,
  }
  for (const [name, value] of Object.entries(values)) data.set(name, value)
  return data
}

const refusal = (status: number, message: string) =>
  Object.assign(new Error(message), { status, statusText: "Bad Request" })

beforeEach(() => {
  backend.mockReset()
  refresh.mockReset()
})

describe("shipOrder", () => {
  it("ships a paid order and refreshes the list", async () => {
    backend.mockResolvedValue({})
    expect(await shipOrder({ status: "idle" }, shipForm())).toEqual({
      status: "saved",
    })
    expect(backend).toHaveBeenCalledWith("/producer/orders/order_01/ship", {
      method: "POST",
      locale: "vi",
      body: { carrier: "viettelpost", tracking_number: "VTP123" },
    })
    expect(refresh).toHaveBeenCalled()
  })

  it("tells the member the order is not paid when the backend refuses for that", async () => {
    backend.mockRejectedValue(
      refusal(400, "Order is not paid: ship it once the payment has arrived")
    )
    expect(await shipOrder({ status: "idle" }, shipForm())).toEqual({
      status: "error",
      reason: "notPaid",
    })
    expect(refresh).not.toHaveBeenCalled()
  })

  it("still marks the field another 400 names", async () => {
    backend.mockRejectedValue(
      refusal(400, "Invalid request: tracking_number: Too long")
    )
    expect(await shipOrder({ status: "idle" }, shipForm())).toEqual({
      status: "error",
      reason: "invalid",
      field: "tracking_number",
    })
  })
})
