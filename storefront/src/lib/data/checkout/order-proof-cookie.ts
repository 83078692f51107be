import "server-only"

import { cookies, headers } from "next/headers"
import type { Locale } from "@/i18n/routing"
import {
  ORDER_PROOF_COOKIE,
  orderProofCookie,
  type OrderProofGrant,
} from "./order-proof"

/**
 * Keeps a proof for the order's page in `locale`. A response carries one cookie per name, so
 * the page in the other language gets its copy from the page itself (shareOrderProof).
 */
export async function keepOrderProof(
  grant: OrderProofGrant,
  locale: Locale
): Promise<void> {
  const https =
    (await headers()).get("x-forwarded-proto")?.includes("https") ?? false
  ;(await cookies()).set(orderProofCookie(grant, locale, https))
}

/** The proof this request carries: the browser sends it only to the page it was kept for. */
export async function heldOrderProof(): Promise<string | undefined> {
  return (await cookies()).get(ORDER_PROOF_COOKIE)?.value
}
