import { hasLocale } from "next-intl"
import { notFound, redirect } from "next/navigation"
import type { NextRequest } from "next/server"
import { routing } from "@/i18n/routing"
import { orderPagePath } from "@/lib/data/checkout/order-proof"
import { settleVnpayReturn } from "@/lib/data/checkout/vnpay"

/**
 * VNPay sends the shopper back here (vnp_ReturnUrl). A route handler, because a paid order's
 * proof is a cookie: the shopper lands on the order page, or on the status page, which comes
 * back here every few seconds until VNPay's IPN has arrived.
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ locale: string }> }
) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const search = request.nextUrl.searchParams
  const result = await settleVnpayReturn(search, locale)
  if (result.status === "paid") {
    redirect(orderPagePath(locale, result.orderId))
  }
  const status = new URLSearchParams({
    state: result.status,
    ...(result.status === "failed" ? { code: result.responseCode } : {}),
    back: search.toString(),
  })
  redirect(`/${locale}/checkout/vnpay?${status.toString()}`)
}
