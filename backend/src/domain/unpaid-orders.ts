import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { BANK_TRANSFER_MODULE } from "../modules/bank-transfer"
import type BankTransferModuleService from "../modules/bank-transfer/service"
import { VIETQR_PROVIDER_ID } from "../utils/payment-providers"
import type { CartCheck } from "./cart-checks"

/**
 * Unpaid transfer orders hold stock until they lapse; a shopper (or a script using one contact)
 * may hold at most this many at a time. Paid, expired and cancelled orders free their slot.
 */
export const UNPAID_TRANSFERS_PER_CONTACT = 3
/** A whole network address (a village's shared connection) may hold more, but not a shop's stock. */
export const UNPAID_TRANSFERS_PER_ADDRESS = 20

export type UnpaidTransfersRefusal = { vi: string; en: string }

export type OpenTransfers = {
  byEmail: number
  byPhone: number
  byAddress: number
}

/** Why one more unpaid transfer order is refused for these counts of open ones, or null. */
export function unpaidTransfersRefusal(
  open: OpenTransfers
): UnpaidTransfersRefusal | null {
  const most = Math.max(open.byEmail, open.byPhone)
  if (most >= UNPAID_TRANSFERS_PER_CONTACT) {
    return {
      vi: `Bạn đang có ${most} đơn chưa thanh toán: hãy chuyển khoản cho các đơn đó hoặc chờ chúng hết hạn trước khi đặt thêm.`,
      en: `You have ${most} unpaid orders: pay them or wait until they expire before placing another.`,
    }
  }
  if (open.byAddress >= UNPAID_TRANSFERS_PER_ADDRESS) {
    return {
      vi: `Đang có ${open.byAddress} đơn chưa thanh toán từ cùng một mạng: hãy thanh toán các đơn đó hoặc chờ chúng hết hạn, hoặc chọn cách thanh toán khác.`,
      en: `There are ${open.byAddress} unpaid orders from the same network: pay them or wait until they expire, or choose another payment method.`,
    }
  }
  return null
}

/** Why completing this cart would hold one unpaid transfer order too many, or null. */
export async function cartUnpaidTransfersRefusal(
  container: MedusaContainer,
  cartId: string
): Promise<UnpaidTransfersRefusal | null> {
  const contact = await readCartContact(container, cartId)
  if (!contact?.paysByTransfer) {
    return null
  }
  return unpaidTransfersRefusal(await countOpenTransfers(container, contact))
}

/**
 * A VietQR completion within `UNPAID_TRANSFERS_PER_CONTACT` per email and per phone. The
 * store's completion route answers 409 first (Medusa's error handler replaces a conflict's
 * message); this check holds for every other way a cart is completed.
 */
export const unpaidTransfersWithinLimit: CartCheck = {
  name: "unpaid-transfers-within-limit",
  run: async (change, container) => {
    const refusal = change.cart_id
      ? await cartUnpaidTransfersRefusal(container, change.cart_id)
      : null
    if (refusal) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${refusal.vi} / ${refusal.en}`
      )
    }
  },
}

type CartContact = {
  email: string | null
  phone: string | null
  /** Stamped on the payment session by the store route, from the request. */
  clientIp: string | null
  paysByTransfer: boolean
}

async function readCartContact(
  container: MedusaContainer,
  cartId: string
): Promise<CartContact | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "email",
      "shipping_address.phone",
      "payment_collection.payment_sessions.provider_id",
      "payment_collection.payment_sessions.status",
      "payment_collection.payment_sessions.data",
    ],
    filters: { id: cartId },
  })
  if (!cart) {
    return null
  }
  const transfer = (cart.payment_collection?.payment_sessions ?? []).find(
    (session) => session?.provider_id === VIETQR_PROVIDER_ID
  )
  const clientIp = transfer?.data?.client_ip
  return {
    email: cart.email?.toLowerCase() ?? null,
    phone: cart.shipping_address?.phone ?? null,
    clientIp: typeof clientIp === "string" ? clientIp : null,
    paysByTransfer: !!transfer,
  }
}

async function countOpenTransfers(
  container: MedusaContainer,
  contact: CartContact
): Promise<OpenTransfers> {
  const bankTransfer =
    container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const awaiting = await bankTransfer.listVietqrPayments(
    { status: "awaiting", expires_at: { $gt: new Date() } },
    { select: ["order_id", "client_ip"] }
  )
  const byAddress = contact.clientIp
    ? awaiting.filter((payment) => payment.client_ip === contact.clientIp)
        .length
    : 0
  if (!awaiting.length) {
    return { byEmail: 0, byPhone: 0, byAddress }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "email", "status", "shipping_address.phone"],
    filters: { id: awaiting.map((payment) => payment.order_id) },
  })
  const open = orders.filter((order) => order.status !== "canceled")
  return {
    byAddress,
    byEmail: contact.email
      ? open.filter((order) => order.email?.toLowerCase() === contact.email)
          .length
      : 0,
    byPhone: contact.phone
      ? open.filter((order) => order.shipping_address?.phone === contact.phone)
          .length
      : 0,
  }
}
