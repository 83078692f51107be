import { NextResponse, type NextRequest } from "next/server"
import { recordListingClick } from "@/lib/data/catalogue/marketplace"

// Every click is counted by the backend, so this is never cached.
export const dynamic = "force-dynamic"

export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ locale: string; listingId: string }> }
) {
  const { listingId } = await params
  const url = await recordListingClick(listingId)
  if (!url) {
    return new NextResponse("Not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    })
  }
  return NextResponse.redirect(url, {
    status: 302,
    headers: { "cache-control": "no-store" },
  })
}
