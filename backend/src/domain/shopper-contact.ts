import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { readMarketEnv } from "../config/env"
import { parseZaloTemplateIds, zaloNotificationProvider } from "../config/zalo"
import type { CartCheck } from "./cart-checks"

/** What decides whether the market can tell a shopper about their order. */
export type ShopperContact = {
  email: string | null
  /** The shopper agreed at checkout to receive order messages on Zalo. */
  zaloConsent: boolean
  /** Zalo is configured and carries the order confirmation. */
  zaloAvailable: boolean
}

/**
 * A shopper must be reachable about their order: by email, or on Zalo when the market sends
 * order messages there and the shopper agreed to it (the phone is required with the address).
 */
export function unreachableShopper(
  contact: ShopperContact
): { vi: string; en: string } | null {
  if (contact.email?.trim()) {
    return null
  }
  if (contact.zaloAvailable && contact.zaloConsent) {
    return null
  }
  return contact.zaloAvailable
    ? {
        vi: "Nhập email, hoặc đồng ý nhận tin nhắn đơn hàng qua Zalo, để chợ báo cho bạn về đơn hàng.",
        en: "Enter an email, or agree to receive order messages on Zalo, so that the market can tell you about your order.",
      }
    : {
        vi: "Nhập email để nhận xác nhận và cập nhật đơn hàng.",
        en: "Enter an email to receive the order confirmation and updates.",
      }
}

/** Whether this backend sends order confirmations on Zalo. */
export function zaloCarriesOrders(): boolean {
  const env = readMarketEnv()
  return (
    !!zaloNotificationProvider(env) &&
    !!parseZaloTemplateIds(env.ZALO_TEMPLATE_IDS)["order-placed"]
  )
}

/**
 * Shoppers may sign up with a phone number only where Zalo can carry the code that proves it
 * is theirs: the market has a Zalo channel with a template for that message.
 */
export function zaloVerifiesPhones(): boolean {
  const env = readMarketEnv()
  return (
    !!zaloNotificationProvider(env) &&
    !!parseZaloTemplateIds(env.ZALO_TEMPLATE_IDS)["phone-verification"]
  )
}

/** Completing a cart needs a way to reach its shopper (every entry point runs this). */
export const shopperReachable: CartCheck = {
  name: "shopper-reachable",
  run: async (change, container: MedusaContainer) => {
    if (!change.cart_id) {
      return
    }
    const {
      data: [cart],
    } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["email", "metadata"],
      filters: { id: change.cart_id },
    })
    const refusal = unreachableShopper({
      email: cart?.email ?? null,
      zaloConsent: cart?.metadata?.zalo_consent === true,
      zaloAvailable: zaloCarriesOrders(),
    })
    if (refusal) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${refusal.vi} / ${refusal.en}`
      )
    }
  },
}
