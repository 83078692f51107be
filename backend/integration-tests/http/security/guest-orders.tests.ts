import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEVELOPMENT_SECRET } from "../../../src/config/env"
import {
  ORDER_PROOF_TTL_SECONDS,
  signOrderProof,
} from "../../../src/utils/order-proof"
import { type ApiResponse, settled } from "../../utils/api"
import {
  type CheckoutWorld,
  createCheckoutWorld,
  prepareVietqrCart,
} from "../checkout/fixtures"
import { customerHeaders } from "../portal/portal-fixtures"
import type { SuiteContext } from "../../utils/suite"

// Order ids travel in URLs and emails; the shopper's email, name, phone and address must not.

const PERSONAL = ["lan@example.vn", "Hùng Vương", "912345678", "Thị Lan"]

function expectNoPersonalData(response: ApiResponse) {
  const text = JSON.stringify(response.data)
  for (const detail of PERSONAL) {
    expect(text).not.toContain(detail)
  }
}

export function guestOrdersTests({ api, getContainer }: SuiteContext) {
  let world: CheckoutWorld

  beforeEach(async () => {
    world = await createCheckoutWorld(getContainer())
  })

  const store = (extra: Record<string, string> = {}) => ({
    headers: { ...world.headers, ...extra },
  })

  async function placeGuestOrder() {
    const { cartId } = await prepareVietqrCart(api, world)
    const { data } = await api.post(
      `/store/carts/${cartId}/complete`,
      {},
      store()
    )
    return { cartId, order: data.order as { id: string; display_id: number } }
  }

  async function lookUp(order: { display_id: number }) {
    const { data } = await api.post(
      "/store/order-lookup",
      { display_id: order.display_id, contact: "lan@example.vn" },
      store()
    )
    return data as { order: { id: string }; proof: string }
  }

  it("answers Medusa's order route with 404 to the id alone, and in full to a lookup's proof", async () => {
    const { order } = await placeGuestOrder()

    const byId = await settled(api.get(`/store/orders/${order.id}`, store()))
    expect(byId.status).toEqual(404)
    expectNoPersonalData(byId)

    const found = await lookUp(order)
    expect(found.order).toEqual({ id: order.id })
    const withProof = await api.get(
      `/store/orders/${order.id}?fields=id,email,*shipping_address`,
      store({ "x-order-proof": found.proof })
    )
    expect(withProof.data.order).toMatchObject({
      id: order.id,
      email: "lan@example.vn",
      shipping_address: { phone: "+84912345678" },
    })

    const summary = await api.get(`/store/orders/${order.id}/summary`, store())
    expect(summary.data.order.id).toEqual(order.id)
    expectNoPersonalData(summary)
  })

  it("refuses a proof for another order, an expired one and a forged one", async () => {
    const first = await placeGuestOrder()
    const second = await placeGuestOrder()
    const { proof } = await lookUp(first.order)

    const other = await settled(
      api.get(
        `/store/orders/${second.order.id}`,
        store({ "x-order-proof": proof })
      )
    )
    expect(other.status).toEqual(404)
    expectNoPersonalData(other)

    const expired = signOrderProof(
      first.order.id,
      DEVELOPMENT_SECRET,
      Date.now() - (ORDER_PROOF_TTL_SECONDS + 60) * 1000
    )
    const forged = signOrderProof(first.order.id, "not-the-market-secret")
    for (const bad of [expired, forged, `${proof}x`, "1.abc"]) {
      const response = await settled(
        api.get(
          `/store/orders/${first.order.id}`,
          store({ "x-order-proof": bad })
        )
      )
      expect(response.status).toEqual(404)
    }
  })

  it("gives the buyer who completed the cart a proof, and nobody one for an open cart", async () => {
    const { cartId, order } = await placeGuestOrder()
    const { data } = await api.post(
      `/store/carts/${cartId}/order-proof`,
      {},
      store()
    )
    expect(data.order).toEqual({ id: order.id })
    const opened = await api.get(
      `/store/orders/${order.id}?fields=id,email`,
      store({ "x-order-proof": data.proof })
    )
    expect(opened.data.order.email).toEqual("lan@example.vn")

    const { cartId: openCart } = await prepareVietqrCart(api, world)
    const refused = await settled(
      api.post(`/store/carts/${openCart}/order-proof`, {}, store())
    )
    expect(refused.status).toEqual(404)
  })

  it("lets another registered customer neither read, transfer nor return a guest's order", async () => {
    const { order } = await placeGuestOrder()
    const stranger = await customerHeaders(getContainer())
    const asStranger = { headers: { ...world.headers, ...stranger.headers } }

    const read = await settled(api.get(`/store/orders/${order.id}`, asStranger))
    expect(read.status).toEqual(404)

    for (const step of ["request", "cancel", "accept", "decline"]) {
      const response = await settled(
        api.post(
          `/store/orders/${order.id}/transfer/${step}`,
          step === "request" ? {} : { token: "khong-co" },
          asStranger
        )
      )
      expect(response.status).toEqual(404)
      expectNoPersonalData(response)
    }

    const returned = await settled(
      api.post(
        "/store/returns",
        {
          order_id: order.id,
          items: [],
          return_shipping: { option_id: "x" },
        },
        asStranger
      )
    )
    expect(returned.status).toEqual(404)
    expectNoPersonalData(returned)

    // Read-back: the order still belongs to the guest and has no change or return pending.
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [stored],
    } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "email", "returns.id"],
      filters: { id: order.id },
    })
    expect(stored.email).toEqual("lan@example.vn")
    expect(stored.returns ?? []).toEqual([])
    const { data: changes } = await query.graph({
      entity: "order_change",
      fields: ["id"],
      filters: { order_id: order.id },
    })
    expect(changes).toEqual([])
  })
}
