import type BankTransferModuleService from "../../../src/modules/bank-transfer/service"
import { responseOf, settled } from "../../utils/api"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { runWorkflow } from "../../utils/workflows"
import {
  type CheckoutWorld,
  createCheckoutWorld,
  prepareVietqrCart,
  SHIPPING_ADDRESS,
} from "./fixtures"
import type { SuiteContext } from "../../utils/suite"

export function checkoutTests({ api, getContainer }: SuiteContext) {
  let world: CheckoutWorld
  let admin: RequestHeaders

  beforeEach(async () => {
    world = await createCheckoutWorld(getContainer())
    admin = await createAdminHeaders(getContainer())
  })

  const bankTransfer = () =>
    getContainer().resolve<BankTransferModuleService>("bank_transfer")

  async function placeOrder(quantity = 1) {
    const { cartId } = await prepareVietqrCart(api, world, quantity)
    const completed = await api.post(
      `/store/carts/${cartId}/complete`,
      {},
      { headers: world.headers }
    )
    const order = completed.data.order
    // Recorded inside the completion: no waiting for a subscriber.
    const [awaited] = await bankTransfer().listVietqrPayments({
      order_id: order.id,
    })
    return { order, awaited }
  }

  /** As the storefront does: retry while the stock lock is busy (a 5xx, not "out of stock"), at most 4 tries. */
  async function completeLikeTheStorefront(cartId: string) {
    for (let attempt = 1; ; attempt++) {
      const outcome = await api
        .post(`/store/carts/${cartId}/complete`, {}, { headers: world.headers })
        .then(
          (r) => ({ type: r.data.type, message: r.data.error?.message }),
          (e) => ({ type: "error", message: e.response?.data?.message })
        )
      const busy =
        outcome.type === "error" && !/stock/i.test(outcome.message ?? "")
      if (!busy || attempt >= 4) {
        return { ...outcome, attempts: attempt }
      }
    }
  }

  /** Completes a cart that may be refused: the answer whatever its status. */
  const attemptCompletion = (
    cartId: string,
    headers: Record<string, string> = {}
  ) =>
    settled(
      api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers: { ...world.headers, ...headers } }
      )
    )

  async function reservedQuantity() {
    const inventory = getContainer().resolve(Modules.INVENTORY)
    const reservations = await inventory.listReservationItems({
      inventory_item_id: world.inventoryItemId,
    })
    return reservations.reduce((sum, r) => sum + Number(r.quantity), 0)
  }

  describe("Medusa's cart routes with Vietnamese addresses", () => {
    it("refuses phone 12345 with 400 naming the field and writes nothing", async () => {
      const {
        data: { cart },
      } = await api.post(
        "/store/carts",
        { region_id: world.regionId },
        { headers: world.headers }
      )

      const error = await api
        .post(
          `/store/carts/${cart.id}`,
          { shipping_address: { ...SHIPPING_ADDRESS, phone: "12345" } },
          { headers: world.headers }
        )
        .catch(responseOf)

      expect(error.status).toEqual(400)
      expect(error.data.errors).toEqual([
        expect.objectContaining({ field: "shipping_address.phone" }),
      ])
      const after = await api.get(`/store/carts/${cart.id}`, {
        headers: world.headers,
      })
      expect(after.data.cart.shipping_address?.phone ?? null).toBeNull()
    })

    it("refuses a ward that is not in the chosen province", async () => {
      const error = await api
        .post(
          "/store/carts",
          {
            region_id: world.regionId,
            shipping_address: { ...SHIPPING_ADDRESS, city: "Phường Ba Đình" },
          },
          { headers: world.headers }
        )
        .catch(responseOf)

      expect(error.status).toEqual(400)
      expect(error.data.errors).toEqual([
        expect.objectContaining({ field: "shipping_address.city" }),
      ])
    })

    it("stores the phone in E.164 and the dataset's province and ward names", async () => {
      const {
        data: { cart },
      } = await api.post(
        "/store/carts",
        { region_id: world.regionId, shipping_address: SHIPPING_ADDRESS },
        { headers: world.headers }
      )

      expect(cart.shipping_address).toMatchObject({
        phone: "+84912345678",
        province: "Lâm Đồng",
        city: "Phường Xuân Trường - Đà Lạt",
        country_code: "vn",
      })
    })
  })

  describe("order page and lookup", () => {
    it("opens with the id alone and shows payment details but no street or phone", async () => {
      const { order, awaited } = await placeOrder(2)

      const { data } = await api.get(`/store/orders/${order.id}/summary`, {
        headers: world.headers,
      })

      expect(data.order).toMatchObject({
        id: order.id,
        total: 2 * world.price + 30000,
        payment_status: "authorized",
        vietqr: {
          reference: awaited.reference,
          amount: 2 * world.price + 30000,
          status: "awaiting",
        },
      })
      expect(data.order.items[0]).toMatchObject({
        quantity: 2,
        unit_price: world.price,
      })
      const text = JSON.stringify(data)
      expect(text).not.toContain("Hùng Vương")
      expect(text).not.toContain("912345678")
    })

    it("finds a guest's order by number with the email or the phone, not with a wrong one", async () => {
      const { order } = await placeOrder()
      const lookup = (contact: string) =>
        api
          .post(
            "/store/order-lookup",
            { display_id: order.display_id, contact },
            { headers: world.headers }
          )
          .then(
            (r) => [r.status, r.data.order.id],
            (e) => [e.response.status, null]
          )

      expect(await lookup("LAN@example.vn")).toEqual([200, order.id])
      expect(await lookup("0912 345 678")).toEqual([200, order.id])
      expect(await lookup("someone@else.vn")).toEqual([404, null])
    })
  })

  describe("stock", () => {
    it("sells exactly the 10 in stock to 30 concurrent checkouts; the rest keep usable carts", async () => {
      // Carts are filled ten at a time; the race under test is the completion.
      const carts: { cartId: string }[] = []
      // Thirty different shoppers: one contact may hold only three unpaid transfer orders.
      for (let batch = 0; batch < 3; batch++) {
        carts.push(
          ...(await Promise.all(
            Array.from({ length: 10 }, (_, n) => {
              const i = batch * 10 + n
              return prepareVietqrCart(api, world, 1, {
                email: `khach${i}@example.vn`,
                phone: `0912 000 ${String(i).padStart(3, "0")}`,
              })
            })
          ))
        )
      }

      const started = Date.now()
      const results = await Promise.all(
        carts.map(({ cartId }) => completeLikeTheStorefront(cartId))
      )
      const elapsed = Date.now() - started

      const orders = results.filter((r) => r.type === "order")
      const refused = results.filter((r) => r.type !== "order")
      process.stdout.write(
        `oversell race: 30 checkouts for 10 in stock → ${orders.length} orders, ${refused.length} refused (${refused.filter((r) => /stock/i.test(r.message ?? "")).length} out of stock), ${results.reduce((n, r) => n + r.attempts, 0)} completion calls, ${elapsed} ms\n`
      )
      expect(orders).toHaveLength(10)
      expect(refused.every((r) => /stock/i.test(r.message ?? ""))).toBe(true)
      expect(await reservedQuantity()).toEqual(10)

      const leftover = carts[results.findIndex((r) => r.type !== "order")]
      const stillThere = await api.get(`/store/carts/${leftover.cartId}`, {
        headers: world.headers,
      })
      expect(stillThere.data.cart.completed_at).toBeFalsy()
    }, 600_000)
  })

  describe("unpaid transfer orders per shopper", () => {
    it("refuses the 4th unpaid transfer order of one contact with 409; an expired one frees its slot", async () => {
      const placed: Awaited<ReturnType<typeof placeOrder>>[] = []
      for (let i = 0; i < 3; i++) {
        placed.push(await placeOrder())
      }
      const { cartId } = await prepareVietqrCart(api, world, 1, {
        email: "nguoi-khac@example.vn",
        phone: "0912 345 678",
      })
      const refused = await attemptCompletion(cartId)
      expect(refused.status).toEqual(409)
      expect(refused.data.message).toContain(
        "Bạn đang có 3 đơn chưa thanh toán"
      )
      const inEnglish = await attemptCompletion(cartId, {
        "x-medusa-locale": "en-US",
      })
      expect(inEnglish.data.message).toMatch(/^You have 3 unpaid orders/)
      const cart = await api.get(`/store/carts/${cartId}`, {
        headers: world.headers,
      })
      expect(cart.data.cart.completed_at).toBeFalsy()

      await bankTransfer().updateVietqrPayments({
        id: placed[0].awaited.id,
        expires_at: new Date(Date.now() - 60_000),
      })
      const completed = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers: world.headers }
      )
      expect(completed.data.type).toEqual("order")
    })

    it("refuses a 21st unpaid transfer order from one network address with 409, whatever address the body claims", async () => {
      const { cartId, session } = await prepareVietqrCart(api, world, 1, {
        email: "ai-do@example.vn",
        phone: "0987 654 321",
      })
      const address = session.data.client_ip
      expect(address).toBeTruthy()
      // Twenty orders of other shoppers behind the same address hold stock.
      await bankTransfer().createVietqrPayments(
        Array.from({ length: 20 }, (_, i) => ({
          reference: `XTNET${String(i).padStart(4, "0")}`,
          order_id: `order_network_${i}`,
          payment_id: `pay_network_${i}`,
          amount: 100_000,
          client_ip: address,
          expires_at: new Date(Date.now() + 20 * 60_000),
        }))
      )
      const refused = await attemptCompletion(cartId)
      expect(refused.status).toEqual(409)
      expect(refused.data.message).toContain(
        "Đang có 20 đơn chưa thanh toán từ cùng một mạng"
      )

      const { data: current } = await api.get(`/store/carts/${cartId}`, {
        headers: world.headers,
      })
      const { data: spoofed } = await api.post(
        `/store/payment-collections/${current.cart.payment_collection.id}/payment-sessions`,
        { provider_id: session.provider_id, data: { client_ip: "10.9.8.7" } },
        { headers: world.headers }
      )
      expect(spoofed.payment_collection.payment_sessions[0].data).toMatchObject(
        { client_ip: address }
      )
    })
  })

  describe("officers and lapsed orders", () => {
    it("gives an unpaid order's stock back when its hold lapses, and cancels it only after the grace period", async () => {
      const { order, awaited } = await placeOrder(3)
      expect(awaited.expires_at.getTime() - Date.now()).toBeLessThanOrEqual(
        30 * 60_000
      )
      expect(await reservedQuantity()).toEqual(3)
      // Cancelling is for expired orders only: a running hold is left alone.
      await runWorkflow(getContainer(), "cancel-unpaid-order", {
        vietqr_payment_id: awaited.id,
      })
      expect(await reservedQuantity()).toEqual(3)

      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const emitted = vi.spyOn(eventBus, "emit")
      await runWorkflow(getContainer(), "expire-unpaid-order", {
        vietqr_payment_id: awaited.id,
      })
      expect(await reservedQuantity()).toEqual(0)
      // The messages that tell the shopper listen to this.
      expect(emitted.mock.calls.flatMap(([messages]) => messages)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: "order.payment-expired",
            data: { order_id: order.id },
          }),
        ])
      )
      emitted.mockRestore()
      const expired = await api.get(`/admin/orders/${order.id}`, admin)
      expect(expired.data.order.status).not.toEqual("canceled")
      const summary = await api.get(`/store/orders/${order.id}/summary`, {
        headers: world.headers,
      })
      expect(summary.data.order.vietqr).toMatchObject({
        status: "expired",
        lifetime_minutes: 30,
      })

      await runWorkflow(getContainer(), "cancel-unpaid-order", {
        vietqr_payment_id: awaited.id,
      })
      const { data } = await api.get(`/admin/orders/${order.id}`, admin)
      expect(data.order.status).toEqual("canceled")
      const [after] = await bankTransfer().listVietqrPayments({
        id: awaited.id,
      })
      expect(after.status).toEqual("cancelled")
    })

    it("leaves a paid order alone when the expiry comes", async () => {
      const { order, awaited } = await placeOrder()
      await api.post(
        `/admin/orders/${order.id}/bank-transfer/confirm`,
        {},
        admin
      )

      await runWorkflow(getContainer(), "expire-unpaid-order", {
        vietqr_payment_id: awaited.id,
      })
      await runWorkflow(getContainer(), "cancel-unpaid-order", {
        vietqr_payment_id: awaited.id,
      })

      const { data } = await api.get(`/admin/orders/${order.id}`, admin)
      expect(data.order.status).not.toEqual("canceled")
      expect(data.order.payment_status).toEqual("captured")
      expect(await reservedQuantity()).toEqual(1)
    })

    it("lets an officer mark a transfer received (who and when kept) and record a bank refund", async () => {
      const { order } = await placeOrder()

      const confirmed = await api
        .post(`/admin/orders/${order.id}/bank-transfer/confirm`, {}, admin)
        .catch((e: unknown) => {
          const response = responseOf(e)
          throw new Error(JSON.stringify([response.status, response.data]))
        })
      expect(confirmed.data.vietqr_payment).toBeTruthy()
      const { data: transfer } = await api.get(
        `/admin/orders/${order.id}/bank-transfer`,
        admin
      )
      expect(transfer.vietqr_payment).toMatchObject({
        status: "paid",
        confirmed_by: expect.stringMatching(/^user:user_/),
        paid_at: expect.any(String),
      })

      const again = await api
        .post(`/admin/orders/${order.id}/bank-transfer/confirm`, {}, admin)
        .catch(responseOf)
      expect(again.status).toEqual(400)

      await api.post(
        `/admin/orders/${order.id}/bank-transfer/refund`,
        { amount: 30000, bank_reference: "FT26333123" },
        admin
      )
      const { data } = await api.get(`/admin/orders/${order.id}`, admin)
      expect(data.order.payment_status).toEqual("partially_refunded")

      const tooMuch = await api
        .post(
          `/admin/orders/${order.id}/bank-transfer/refund`,
          { amount: 0, bank_reference: "x" },
          admin
        )
        .catch(responseOf)
      expect(tooMuch.status).toEqual(400)
    })
  })
}
