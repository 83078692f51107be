import { timingSafeEqual } from "node:crypto"
import { isIP } from "node:net"

export const CLIENT_IP_HEADER = "x-client-ip"
export const CLIENT_IP_SECRET_HEADER = "x-client-ip-secret"

export type ClientIpInput = {
  /** The TCP peer: the shopper, the storefront's server or the nearest proxy. */
  socketAddress: string | undefined
  forwardedFor: string | undefined
  /** `x-client-ip` and its secret, sent by the storefront's server for its shoppers. */
  storefrontClientIp: string | undefined
  storefrontSecret: string | undefined
  /** The shared secret (REVALIDATE_SECRET); unset means no storefront is trusted. */
  sharedSecret: string | undefined
  /** How many proxies in front of the backend append to X-Forwarded-For (TLS terminator…). */
  trustedProxyHops: number
}

/**
 * The address a rate limit counts against. The storefront's `x-client-ip` is believed only
 * with the shared secret; X-Forwarded-For only as far as the configured proxies wrote it, read
 * from the right, so addresses a client adds on the left never count.
 */
export function clientIp(input: ClientIpInput): string {
  const fromStorefront = normalize(input.storefrontClientIp)
  if (
    fromStorefront &&
    isIP(fromStorefront) &&
    sameSecret(input.storefrontSecret, input.sharedSecret)
  ) {
    return fromStorefront
  }
  const socket = normalize(input.socketAddress) ?? "unknown"
  if (input.trustedProxyHops <= 0) {
    return socket
  }
  const chain = [
    ...(input.forwardedFor ?? "")
      .split(",")
      .map((part) => normalize(part))
      .filter((part): part is string => !!part),
    socket,
  ]
  return chain[Math.max(0, chain.length - 1 - input.trustedProxyHops)]
}

function normalize(address: string | undefined): string | undefined {
  const trimmed = address?.trim()
  if (!trimmed) {
    return undefined
  }
  // An IPv4 peer on a dual-stack socket shows up as ::ffff:a.b.c.d.
  return trimmed.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1")
}

function sameSecret(given: string | undefined, expected: string | undefined) {
  if (!given || !expected) {
    return false
  }
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
