import { revalidateTag } from "next/cache"
import { timingSafeEqual } from "node:crypto"
import { NextResponse, type NextRequest } from "next/server"
import { getEnv } from "@/lib/config"

export const dynamic = "force-dynamic"

function sameSecret(given: string | null, expected: string | null): boolean {
  if (!given || !expected) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function parseTags(body: unknown): string[] | null {
  if (typeof body !== "object" || body === null) return null
  const tags = (body as { tags?: unknown }).tags
  if (!Array.isArray(tags) || tags.length === 0 || tags.length > 100)
    return null
  if (
    !tags.every(
      (tag): tag is string =>
        typeof tag === "string" && tag.length > 0 && tag.length <= 256
    )
  ) {
    return null
  }
  return [...new Set(tags)]
}

/**
 * Called by the backend's catalogue subscriber with the tags a change touched, so cached
 * catalogue pages are rebuilt on change instead of every request reaching the backend.
 */
export async function POST(request: NextRequest) {
  const { revalidateSecret } = getEnv()
  if (
    !sameSecret(request.headers.get("x-revalidate-secret"), revalidateSecret)
  ) {
    return NextResponse.json({ message: "Unauthorized" }, { status: 401 })
  }

  let body: unknown
  try {
    body = await request.json()
  } catch {
    body = null
  }
  const tags = parseTags(body)
  if (!tags) {
    return NextResponse.json(
      { message: 'Body must be { "tags": string[] } with 1 to 100 tags' },
      { status: 400 }
    )
  }

  // Expire at once: the next shopper sees the change, not a stale page.
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ revalidated: tags })
}
