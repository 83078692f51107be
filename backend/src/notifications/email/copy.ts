import type { MessageLocale } from "../kinds"

// Words more than one template uses, so that every email names things the same way and the
// same way as the storefront.

export const BRAND_NAME: Record<MessageLocale, string> = {
  vi: "Chợ OCOP Xuân Thọ",
  en: "Xuân Thọ OCOP Market",
}

export const LABELS = {
  vi: {
    viewOrder: "Xem đơn hàng",
    items: "Sản phẩm",
    itemTotal: "Tiền hàng",
    shipping: "Phí giao hàng",
    total: "Tổng cộng",
    shipsOn: "dự kiến giao",
  },
  en: {
    viewOrder: "View your order",
    items: "Items",
    itemTotal: "Subtotal",
    shipping: "Delivery",
    total: "Total",
    shipsOn: "expected to ship",
  },
} as const satisfies Record<MessageLocale, Record<string, string>>

/** Footer of the emails about a shopper's own order. */
export function shopperReason(locale: MessageLocale, displayId: number) {
  return locale === "vi"
    ? `Bạn nhận email này vì bạn đã đặt đơn hàng #${displayId} tại Chợ OCOP Xuân Thọ.`
    : `You receive this email because you placed order #${displayId} at the Xuân Thọ OCOP Market.`
}

/** Footer of the emails to the people who run a producer's shop. */
export function producerReason(locale: MessageLocale, producerName: string) {
  return locale === "vi"
    ? `Bạn nhận email này vì bạn quản lý gian hàng ${producerName} trên Chợ OCOP Xuân Thọ.`
    : `You receive this email because you run the shop of ${producerName} on the Xuân Thọ OCOP Market.`
}

/** Footer of the emails to commune officers. */
export function officerReason(locale: MessageLocale) {
  return locale === "vi"
    ? "Bạn nhận email này vì bạn là cán bộ xã quản lý Chợ OCOP Xuân Thọ."
    : "You receive this email because you are a commune officer who runs the Xuân Thọ OCOP Market."
}
