import type { NextRequest } from "next/server"
import { recordShareVisit } from "@/lib/data/catalogue/share-visits"
import { parseShareVisit } from "@/lib/util/share-source"

// Every visit is counted by the backend, so this is never cached.
export const dynamic = "force-dynamic"

// A visit is a page, a handle and a source: anything longer is not one.
const MAX_BODY_BYTES = 1024

const empty = (status: number) => new Response(null, { status })

/**
 * The beacon a page opened from a shared link (`?src=zalo`) sends. The page itself stays
 * cached for everyone; only this call is made per visitor. Beacons ignore the answer, so the
 * status alone says what happened.
 */
export async function POST(request: NextRequest) {
  const text = await request.text()
  if (text.length > MAX_BODY_BYTES) return empty(413)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return empty(400)
  }
  const visit = parseShareVisit(body)
  if (!visit) return empty(400)
  return empty(await recordShareVisit(visit))
}
