import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VnpaySessionData } from "../../modules/providers/vnpay/service"
import { VNPAY_PROVIDER_ID } from "../../utils/payment-providers"
import { sessionIdOfTxnRef } from "../../utils/vnpay"

/** A VNPay attempt as the IPN and the return check see it. */
export type VnpayAttempt = {
  session: {
    id: string
    amount: number
    currency_code: string
    status: string
    data: VnpaySessionData
  }
  cart_id: string | null
  /** The order the cart became; set once the cart is completed. */
  order_id: string | null
}

/**
 * The payment session whose current attempt is `txnRef`, with its cart and order. Null when
 * the reference is not ours, or names an attempt the session has since replaced.
 */
export async function loadVnpayAttempt(
  container: MedusaContainer,
  txnRef: string
): Promise<VnpayAttempt | null> {
  const sessionId = sessionIdOfTxnRef(txnRef)
  if (!sessionId) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [session],
  } = await query.graph({
    entity: "payment_session",
    fields: [
      "id",
      "amount",
      "currency_code",
      "status",
      "data",
      "provider_id",
      "payment_collection_id",
    ],
    filters: { id: sessionId },
  })
  const data = session?.data as VnpaySessionData | undefined
  if (
    !session ||
    session.provider_id !== VNPAY_PROVIDER_ID ||
    data?.txn_ref !== txnRef
  ) {
    return null
  }
  const {
    data: [cartLink],
  } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: session.payment_collection_id },
  })
  const cartId = (cartLink?.cart_id as string | undefined) ?? null
  const orderLinks = cartId
    ? (
        await query.graph({
          entity: "order_cart",
          fields: ["order_id"],
          filters: { cart_id: cartId },
        })
      ).data
    : []
  return {
    session: {
      id: session.id,
      amount: Number(session.amount),
      currency_code: session.currency_code,
      status: session.status,
      data,
    },
    cart_id: cartId,
    order_id: (orderLinks[0]?.order_id as string | undefined) ?? null,
  }
}
