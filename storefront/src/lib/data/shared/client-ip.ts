import "server-only"

import { headers } from "next/headers"
import { getEnv } from "@/lib/config"
import {
  clientAddress,
  FORWARDED_CHAIN_HEADER,
} from "@/lib/security/client-address"

/**
 * Tells the backend which shopper a call is made for. Shoppers reach the backend through this
 * server, so without it every rate limit would count the storefront's own address. The backend
 * believes the address only with the shared secret. Only calls made for one request send it:
 * cached catalogue reads serve everyone and must not read the request.
 */
export async function clientIpHeaders(): Promise<Record<string, string>> {
  const { revalidateSecret, trustedProxyHops } = getEnv()
  if (!revalidateSecret) return {}
  const address = clientAddress(
    (await headers()).get(FORWARDED_CHAIN_HEADER),
    trustedProxyHops
  )
  return address
    ? { "x-client-ip": address, "x-client-ip-secret": revalidateSecret }
    : {}
}
