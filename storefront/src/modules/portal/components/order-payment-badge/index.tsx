import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { PortalPaymentStatus } from "@/lib/data/portal/types"

// The shopper's order page uses the same colours, so both sides read a state alike.
const TONE: Record<PortalPaymentStatus, string> = {
  awaiting_transfer: "bg-amber-100 text-amber-900",
  paid: "bg-leaf-100 text-leaf-800",
  refunded: "bg-stone-200 text-stone-700",
  canceled: "bg-stone-200 text-stone-700",
}

/** Where the order's money stands: the member ships only once it reads paid. */
export default async function OrderPaymentBadge({
  status,
  locale,
}: {
  status: PortalPaymentStatus
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "portal.orders" })
  return (
    <span
      data-testid="order-payment-status"
      data-status={status}
      className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ${TONE[status]}`}
    >
      {t(`payment.${status}`)}
    </span>
  )
}
