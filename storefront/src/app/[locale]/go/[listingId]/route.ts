import { hasLocale } from "next-intl"
import { getTranslations } from "next-intl/server"
import { NextResponse, type NextRequest } from "next/server"
import { routing } from "@/i18n/routing"
import { recordListingClick } from "@/lib/data/catalogue/marketplace"
import { parseShareSource } from "@/lib/util/share-source"

// Every click is counted by the backend, so this is never cached.
export const dynamic = "force-dynamic"

const plainText = (body: string, status: number) =>
  new NextResponse(body, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8" },
  })

export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ locale: string; listingId: string }> }
) {
  const { locale, listingId } = await params
  // The shared link the visit began at (the page's link-out adds it); anything else is dropped.
  const source = parseShareSource(request.nextUrl.searchParams.get("src"))
  const click = await recordListingClick(listingId, locale, source)
  if (!click) return plainText("Not found", 404)
  if (!("url" in click)) {
    const t = await getTranslations({
      locale: hasLocale(routing.locales, locale)
        ? locale
        : routing.defaultLocale,
      namespace: "product.errors",
    })
    return plainText(click.message ?? t("tooMany"), 429)
  }
  return NextResponse.redirect(click.url, {
    status: 302,
    headers: { "cache-control": "no-store" },
  })
}
