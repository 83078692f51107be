import { Modules } from "@medusajs/framework/utils"
import type BankTransferModuleService from "../../../src/modules/bank-transfer/service"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { settled } from "../../utils/api"
import { runWorkflow } from "../../utils/workflows"
import {
  type CheckoutWorld,
  createCheckoutWorld,
  prepareVietqrCart,
  BANK_HOOK as HOOK,
  MARKET_ACCOUNT as OWN_ACCOUNT,
  BANK_HOOK_KEY as keyHeader,
  sepayNotification as sepay,
} from "./fixtures"
import type { SuiteContext } from "../../utils/suite"

// The bank's notifier (SePay) is replaced at the HTTP boundary by these requests.

export function bankSettlementTests({ api, getContainer }: SuiteContext) {
  let world: CheckoutWorld
  let admin: RequestHeaders

  beforeEach(async () => {
    world = await createCheckoutWorld(getContainer())
    admin = await createAdminHeaders(getContainer())
  })

  const bankTransfer = () =>
    getContainer().resolve<BankTransferModuleService>("bank_transfer")

  async function placeOrder(quantity = 1) {
    const { cartId, session } = await prepareVietqrCart(api, world, quantity)
    const { data } = await api.post(
      `/store/carts/${cartId}/complete`,
      {},
      { headers: world.headers }
    )
    const [awaited] = await bankTransfer().listVietqrPayments({
      order_id: data.order.id,
    })
    return {
      order: data.order as { id: string; total: number },
      reference: session.data.reference as string,
      awaited,
    }
  }

  async function paymentStatus(orderId: string) {
    const { data } = await api.get(`/store/orders/${orderId}/summary`, {
      headers: world.headers,
    })
    return data.order.payment_status as string
  }

  async function recorded(transactionId: number) {
    const [transaction] = await bankTransfer().listBankTransactions({
      transaction_id: String(transactionId),
    })
    return transaction
  }

  async function reservedQuantity() {
    const inventory = getContainer().resolve(Modules.INVENTORY)
    const reservations = await inventory.listReservationItems({
      inventory_item_id: world.inventoryItemId,
    })
    return reservations.reduce((sum, r) => sum + Number(r.quantity), 0)
  }

  async function expire(awaitedId: string) {
    await runWorkflow(getContainer(), "expire-unpaid-order", {
      vietqr_payment_id: awaitedId,
    })
  }

  it("pays an order whose transfer arrived before its record could be read, once the reconciliation runs", async () => {
    const { order, reference, awaited } = await placeOrder()
    // The record is out of reach when the transfer arrives (a database hiccup, a replica
    // behind): the transfer is kept as an unknown reference.
    await bankTransfer().softDeleteVietqrPayments(awaited.id)
    const early = sepay({ content: reference, transferAmount: order.total })
    const answer = await api.post(HOOK, early, keyHeader)
    expect(answer.data).toMatchObject({
      success: true,
      outcome: "unknown_reference",
    })
    expect(await paymentStatus(order.id)).not.toEqual("captured")

    await bankTransfer().restoreVietqrPayments(awaited.id)
    const transaction = await recorded(early.id)
    const run = () =>
      runWorkflow(getContainer(), "match-bank-transaction", {
        id: transaction.id,
        matched_by: "job:reconcile",
      })
    await run()
    expect(await paymentStatus(order.id)).toEqual("captured")
    expect(await recorded(early.id)).toMatchObject({
      outcome: "captured",
      order_id: order.id,
    })
    // A second run (another worker, the next tick) pays nothing twice.
    await expect(run()).rejects.toThrow(/already matched/)
  })

  it("pays nothing from another account, but accepts the market's SePay virtual account", async () => {
    const { order, reference } = await placeOrder()
    const elsewhere = await api.post(
      HOOK,
      sepay({
        content: reference,
        transferAmount: order.total,
        accountNumber: "999888777666",
      }),
      keyHeader
    )
    expect(elsewhere.data.outcome).toEqual("wrong_account")
    expect(await paymentStatus(order.id)).not.toEqual("captured")

    const virtual = await api.post(
      HOOK,
      sepay({
        content: reference,
        transferAmount: order.total,
        accountNumber: "VA0001112223",
        subAccount: OWN_ACCOUNT,
      }),
      keyHeader
    )
    expect(virtual.data.outcome).toEqual("captured")
    expect(await paymentStatus(order.id)).toEqual("captured")
  })

  it("lists a transfer for a cancelled order as needing a refund, and an overpayment as paid with its excess listed", async () => {
    const first = await placeOrder()
    await expire(first.awaited.id)
    await runWorkflow(getContainer(), "cancel-unpaid-order", {
      vietqr_payment_id: first.awaited.id,
    })
    const late = await api.post(
      HOOK,
      sepay({ content: first.reference, transferAmount: first.order.total }),
      keyHeader
    )
    expect(late.data.outcome).toEqual("needs_refund")

    const second = await placeOrder()
    const over = await api.post(
      HOOK,
      sepay({
        content: second.reference,
        transferAmount: second.order.total + 50_000,
      }),
      keyHeader
    )
    expect(over.data.outcome).toEqual("overpaid")
    expect(await paymentStatus(second.order.id)).toEqual("captured")

    const { data } = await api.get("/admin/bank-transactions", admin)
    expect(data.transactions.map((t) => t.outcome).sort()).toEqual([
      "needs_refund",
      "overpaid",
    ])
    expect(data.count).toEqual(2)
    const search = await api.get(
      `/admin/bank-transactions?q=${second.reference.slice(-6)}&outcome=overpaid`,
      admin
    )
    expect(search.data.transactions).toHaveLength(1)
  })

  it("revives an order whose hold expired when its transfer comes within the grace period and the stock is still there", async () => {
    const { order, reference, awaited } = await placeOrder(3)
    await expire(awaited.id)
    expect(await reservedQuantity()).toEqual(0)

    const late = await api.post(
      HOOK,
      sepay({ content: reference, transferAmount: order.total }),
      keyHeader
    )
    expect(late.data.outcome).toEqual("revived")
    expect(await paymentStatus(order.id)).toEqual("captured")
    expect(await reservedQuantity()).toEqual(3)
    const { data } = await api.get(
      "/admin/bank-transactions?outcome=revived",
      admin
    )
    expect(data.transactions).toHaveLength(1)
  })

  it("lists a transfer for an expired order whose stock sold meanwhile as needing a refund; the order is cancelled after the grace period", async () => {
    const { order, reference, awaited } = await placeOrder(3)
    await expire(awaited.id)
    const inventory = getContainer().resolve(Modules.INVENTORY)
    const [level] = await inventory.listInventoryLevels({
      inventory_item_id: world.inventoryItemId,
    })
    // Someone else bought all but one while the hold was released.
    await inventory.updateInventoryLevels([
      {
        inventory_item_id: world.inventoryItemId,
        location_id: level.location_id,
        stocked_quantity: 1,
      },
    ])

    const late = await api.post(
      HOOK,
      sepay({ content: reference, transferAmount: order.total }),
      keyHeader
    )
    expect(late.data.outcome).toEqual("needs_refund")
    expect(await paymentStatus(order.id)).not.toEqual("captured")
    expect(await reservedQuantity()).toEqual(0)
    const [after] = await bankTransfer().listVietqrPayments({
      id: awaited.id,
    })
    expect(after.status).toEqual("expired")

    await runWorkflow(getContainer(), "cancel-unpaid-order", {
      vietqr_payment_id: awaited.id,
    })
    const { data } = await api.get(`/admin/orders/${order.id}`, admin)
    expect(data.order.status).toEqual("canceled")
  })

  it("lets an officer match a transfer to an order: 400 when the amount differs, 409 when already matched", async () => {
    const { order } = await placeOrder()
    const body = sepay({
      content: "chuyen tien mua dau khong ghi ma",
      transferAmount: order.total,
    })
    await api.post(HOOK, body, keyHeader)
    const transaction = await recorded(body.id)
    expect(transaction.outcome).toEqual("unknown_reference")

    const short = sepay({ content: "thieu tien", transferAmount: 1000 })
    await api.post(HOOK, short, keyHeader)
    const wrongAmount = await settled(
      api.post(
        `/admin/bank-transactions/${(await recorded(short.id)).id}/match`,
        { order_id: order.id },
        admin
      )
    )
    expect(wrongAmount.status).toEqual(400)
    expect(wrongAmount.data.message).toContain("Amount does not match")
    expect(await paymentStatus(order.id)).not.toEqual("captured")

    const matched = await api.post(
      `/admin/bank-transactions/${transaction.id}/match`,
      { order_id: order.id },
      admin
    )
    expect(matched.data.transaction).toMatchObject({
      outcome: "captured",
      order_id: order.id,
    })
    expect(await paymentStatus(order.id)).toEqual("captured")

    const again = await settled(
      api.post(
        `/admin/bank-transactions/${transaction.id}/match`,
        { order_id: order.id },
        admin
      )
    )
    expect(again.status).toEqual(409)
  })
}
