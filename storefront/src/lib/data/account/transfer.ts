"use server"

import { statusOf } from "@/lib/data/shared/actor-session"
import { localeOf, text } from "@/lib/data/shared/form-input"
import { uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import { tooManyTries } from "@/lib/data/shared/too-many-tries"
import type { OrderProofGrant } from "@/lib/data/checkout/order-proof"
import { customerFetch } from "./session"
import type { AttachOrderState, TransferState } from "./types"

/**
 * Asks to move a guest order into the account (Medusa's order transfer): the order number and
 * the email or phone it was placed with prove the shopper knows it, then the backend emails the
 * order's address a link that only its owner can confirm.
 */
export async function attachGuestOrder(
  _previous: AttachOrderState,
  formData: FormData
): Promise<AttachOrderState> {
  const number = text(formData, "number").replace(/\D/g, "")
  const contact = text(formData, "contact")
  const locale = localeOf(formData)
  if (!number || !contact) return { status: "error", reason: "invalid" }
  let grant: OrderProofGrant
  try {
    grant = await uncachedStoreFetch<OrderProofGrant>("/store/order-lookup", {
      method: "POST",
      body: { display_id: Number(number), contact },
      locale,
    })
  } catch (error) {
    const limited = tooManyTries(error)
    if (limited) return { status: "error", ...limited }
    const status = statusOf(error)
    if (status === 404 || status === 400) {
      return { status: "error", reason: "notFound" }
    }
    return { status: "error", reason: "failed" }
  }
  try {
    await customerFetch(
      `/store/orders/${encodeURIComponent(grant.order.id)}/transfer/request`,
      {
        method: "POST",
        body: {},
        locale,
        headers: { "x-order-proof": grant.proof },
      }
    )
  } catch (error) {
    const limited = tooManyTries(error)
    if (limited) return { status: "error", ...limited }
    // Medusa refuses an order that is already in an account, or has a transfer under way.
    const status = statusOf(error)
    if (status === 400 || status === 409 || status === 403) {
      return { status: "error", reason: "refused" }
    }
    if (status === 404) return { status: "error", reason: "notFound" }
    throw error
  }
  return { status: "requested", displayId: Number(number) }
}

/** What the emailed link's form sends: the order and the token the email carried. */
function transferInput(formData: FormData) {
  return { orderId: text(formData, "order"), token: text(formData, "token") }
}

async function answerTransfer(
  formData: FormData,
  answer: "accept" | "decline"
): Promise<{ order: { id: string; display_id: number } } | TransferState> {
  const { orderId, token } = transferInput(formData)
  if (!orderId || !token) return { status: "error", reason: "invalidLink" }
  try {
    return await uncachedStoreFetch<{
      order: { id: string; display_id: number }
    }>(`/store/orders/${encodeURIComponent(orderId)}/transfer/${answer}`, {
      method: "POST",
      body: { token },
      query: { fields: "id,display_id" },
      locale: localeOf(formData),
    })
  } catch (error) {
    // A wrong, used or expired token: the link no longer moves anything.
    const status = statusOf(error)
    if (status === 404 || status === 400 || status === 401) {
      return { status: "error", reason: "invalidLink" }
    }
    return { status: "error", reason: "failed" }
  }
}

/**
 * The emailed link's "yes, move it": the token alone proves the owner of the order's email
 * agreed, so no sign-in is needed on this device.
 */
export async function acceptOrderTransfer(
  _previous: TransferState,
  formData: FormData
): Promise<TransferState> {
  const answered = await answerTransfer(formData, "accept")
  if ("status" in answered) return answered
  return {
    status: "accepted",
    orderId: answered.order.id,
    displayId: answered.order.display_id,
  }
}

/** The emailed link's "this was not me": the order stays where it was. */
export async function declineOrderTransfer(
  _previous: TransferState,
  formData: FormData
): Promise<TransferState> {
  const answered = await answerTransfer(formData, "decline")
  return "status" in answered ? answered : { status: "declined" }
}
