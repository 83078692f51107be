import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PaymentCollectionDTO } from "@medusajs/framework/types"
import type BankTransferModuleService from "../../../src/modules/bank-transfer/service"
import { responseOf } from "../../utils/api"
import {
  type CheckoutWorld,
  createCheckoutWorld,
  eventually,
  prepareVietqrCart,
  BANK_HOOK as HOOK,
  BANK_HOOK_KEY as keyHeader,
  sepayNotification as sepay,
  WEBHOOK_KEY,
} from "./fixtures"
import type { SuiteContext } from "../../utils/suite"

export function vietqrWebhookTests({ api, getContainer }: SuiteContext) {
  let world: CheckoutWorld

  beforeEach(async () => {
    world = await createCheckoutWorld(getContainer())
  })

  const statusOf = (promise: Promise<{ status: number }>) =>
    promise.then(
      (response) => response.status,
      (error) => error.response.status
    )

  /** Places a VietQR order and waits until it awaits its transfer. */
  async function placeOrder() {
    const { cartId, session } = await prepareVietqrCart(api, world)
    const completed = await api.post(
      `/store/carts/${cartId}/complete`,
      {},
      { headers: world.headers }
    )
    expect(completed.data.type).toEqual("order")
    const order = completed.data.order
    const bankTransfer =
      getContainer().resolve<BankTransferModuleService>("bank_transfer")
    await eventually(async () => {
      const [awaited] = await bankTransfer.listVietqrPayments({
        order_id: order.id,
      })
      return awaited
    })
    return { order, reference: session.data.reference as string }
  }

  async function paymentOf(orderId: string) {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["payment_status", "payment_collections.payments.captures.id"],
      filters: { id: orderId },
    })
    const collections = (order.payment_collections ??
      []) as unknown as PaymentCollectionDTO[]
    const captures = collections
      .flatMap((collection) => collection.payments!)
      .flatMap((payment) => payment.captures ?? [])
    // What the shopper's order page reads.
    const {
      data: { order: seen },
    } = await api.get(`/store/orders/${orderId}/summary`, {
      headers: world.headers,
    })
    const status = seen.payment_status
    return { status, captures: captures.length }
  }

  async function transactions() {
    const bankTransfer =
      getContainer().resolve<BankTransferModuleService>("bank_transfer")
    return bankTransfer.listBankTransactions({})
  }

  it("puts the EMVCo payload, reference and bank details in the VietQR session", async () => {
    const { session } = await prepareVietqrCart(api, world, 2)

    expect(session.data).toMatchObject({
      reference: expect.stringMatching(/^OCOP[2-9A-HJKMNP-Z]{6}$/),
      amount: 2 * world.price + 30000,
      bank_bin: "970415",
      account_number: "102874563910",
    })
    expect(session.data.payload).toContain(`5406${2 * world.price + 30000}`)
    expect(session.data.payload).toContain(`62140810${session.data.reference}`)
  })

  it("refuses a notification with a missing or wrong key and changes nothing", async () => {
    const { order, reference } = await placeOrder()
    const body = sepay({
      content: reference,
      transferAmount: order.total,
    })

    expect(await statusOf(api.post(HOOK, body))).toEqual(401)
    expect(
      await statusOf(
        api.post(HOOK, body, {
          headers: { authorization: "Apikey not-the-right-key-at-all" },
        })
      )
    ).toEqual(401)
    expect(
      await statusOf(
        api.post(HOOK, body, {
          headers: { authorization: `Bearer ${WEBHOOK_KEY}` },
        })
      )
    ).toEqual(401)

    expect(await transactions()).toEqual([])
    expect(await paymentOf(order.id)).toEqual({
      status: "authorized",
      captures: 0,
    })
  })

  it("refuses a malformed notification with the field named", async () => {
    const error = await api
      .post(HOOK, { id: 1, transferType: "sideways" }, keyHeader)
      .catch(responseOf)

    expect(error.status).toEqual(400)
    expect(error.data.message).toMatch(/transferType|transferAmount/)
    expect(await transactions()).toEqual([])
  })

  it("captures the order once when the transfer pays the total, whatever the bank adds around the reference", async () => {
    const { order, reference } = await placeOrder()

    const response = await api.post(
      HOOK,
      sepay({
        content: `MBVCB.3278.${reference.toLowerCase()}.CT tu 0123456789 NGUYEN THI LAN`,
        transferAmount: order.total,
      }),
      keyHeader
    )

    expect(response.status).toEqual(200)
    expect(response.data).toMatchObject({
      success: true,
      outcome: "captured",
      order_id: order.id,
    })
    expect(await paymentOf(order.id)).toEqual({
      status: "captured",
      captures: 1,
    })
  })

  it("captures exactly once when the same transaction is delivered 50 times concurrently", async () => {
    const { order, reference } = await placeOrder()
    const body = sepay({ content: reference, transferAmount: order.total })

    const responses = await Promise.all(
      Array.from({ length: 50 }, () => api.post(HOOK, body, keyHeader))
    )

    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200))
    expect(responses.filter((r) => !r.data.duplicate)).toHaveLength(1)
    expect(await paymentOf(order.id)).toEqual({
      status: "captured",
      captures: 1,
    })
    expect(await transactions()).toHaveLength(1)
  })

  it("captures once when two different transfers pay the same order at once", async () => {
    const { order, reference } = await placeOrder()

    const [first, second] = await Promise.all([
      api.post(
        HOOK,
        sepay({ content: reference, transferAmount: order.total }),
        keyHeader
      ),
      api.post(
        HOOK,
        sepay({ content: reference, transferAmount: order.total }),
        keyHeader
      ),
    ])

    expect([first.data.outcome, second.data.outcome].sort()).toEqual([
      "already_paid",
      "captured",
    ])
    expect(await paymentOf(order.id)).toEqual({
      status: "captured",
      captures: 1,
    })
  })

  it("keeps an underpayment and an unknown reference for officers without capturing", async () => {
    const { order, reference } = await placeOrder()

    const under = await api.post(
      HOOK,
      sepay({ content: reference, transferAmount: order.total - 1000 }),
      keyHeader
    )
    const unknown = await api.post(
      HOOK,
      sepay({ content: "OCOPZZZZZZ mua dau", transferAmount: order.total }),
      keyHeader
    )

    expect(under.data.outcome).toEqual("underpaid")
    expect(unknown.data.outcome).toEqual("unknown_reference")
    expect(await paymentOf(order.id)).toEqual({
      status: "authorized",
      captures: 0,
    })
    const recorded = await transactions()
    expect(recorded.map((t) => [t.outcome, t.order_id]).sort()).toEqual([
      ["underpaid", order.id],
      ["unknown_reference", null],
    ])
  })

  it("ignores an outgoing transfer even when it carries the reference", async () => {
    const { order, reference } = await placeOrder()

    const response = await api.post(
      HOOK,
      sepay({
        content: reference,
        transferType: "out",
        transferAmount: order.total,
      }),
      keyHeader
    )

    expect(response.data.outcome).toEqual("outgoing")
    expect(await paymentOf(order.id)).toEqual({
      status: "authorized",
      captures: 0,
    })
  })
}
