import { hasLocale } from "next-intl"
import { notFound } from "next/navigation"
import type { NextRequest } from "next/server"
import { routing } from "@/i18n/routing"
import {
  fetchProductQrPdf,
  QR_LAYOUTS,
  type QrLayout,
} from "@/lib/data/portal/qr-pdf"

// The member's own printout, fetched with their session on every request.
export const dynamic = "force-dynamic"

const isLayout = (value: string): value is QrLayout =>
  (QR_LAYOUTS as readonly string[]).includes(value)

/**
 * The product's QR labels or poster as the backend draws them. The member's token stays on
 * this server: the browser gets the PDF, with the backend's file name.
 */
export async function GET(
  _request: NextRequest,
  {
    params,
  }: { params: Promise<{ locale: string; id: string; layout: string }> }
) {
  const { locale, id, layout } = await params
  if (!hasLocale(routing.locales, locale) || !isLayout(layout)) notFound()
  const pdf = await fetchProductQrPdf(id, layout, locale)
  if ("status" in pdf) {
    return new Response(pdf.message, {
      status: pdf.status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    })
  }
  return new Response(pdf.body, {
    headers: {
      "content-type": pdf.contentType,
      ...(pdf.disposition ? { "content-disposition": pdf.disposition } : {}),
      "cache-control": "private, no-store",
    },
  })
}
