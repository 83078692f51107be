// Who is really behind a request. Next.js (`next start`) keeps an X-Forwarded-For the client
// sent as it is and writes the socket's address only when the header is missing, so the header
// it hands to pages and actions cannot tell a forged list from one a proxy wrote. The server's
// start-up hook (src/instrumentation.ts) therefore records the chain itself, before Next.js
// sees the request. No "server-only" here: that hook loads it too, and it is tested alone.
import { subscribe } from "node:diagnostics_channel"
import type { IncomingMessage } from "node:http"
import { isIP, type Socket } from "node:net"

/**
 * The X-Forwarded-For the request arrived with, then the address of the socket it came from.
 * Always overwritten on arrival, so a value a client sends under this name never survives.
 */
export const FORWARDED_CHAIN_HEADER = "x-storefront-forwarded-chain"

/**
 * The chain as one more proxy would extend it. Without a peer (the socket already closed)
 * there is no chain: its last entry would otherwise be one the client wrote.
 */
export function forwardedChain(
  received: string | string[] | undefined,
  peer: string | undefined
): string {
  if (!peer) return ""
  return [...[received ?? []].flat(), peer].join(", ")
}

/**
 * The shopper's address: with no trusted proxy, the socket's peer (the chain's last entry);
 * behind N proxies, the entry N places to its left, which the outermost trusted proxy wrote.
 * Entries further left came from the client and count for nothing. A chain shorter than that
 * was written by trusted hops only, so its first entry is taken. Null when there is no address.
 */
export function clientAddress(
  chain: string | null,
  trustedProxyHops: number
): string | null {
  const entries = (chain ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (!entries.length) return null
  const entry = entries[Math.max(0, entries.length - 1 - trustedProxyHops)]
  // A dual-stack socket reports an IPv4 peer as ::ffff:a.b.c.d.
  const address = entry.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1")
  return isIP(address) ? address : null
}

/**
 * Stamps FORWARDED_CHAIN_HEADER on every request this process serves. Node publishes
 * `http.server.request.start` before the server's request listener (Next.js) runs.
 */
export function stampForwardedChains(): void {
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as {
      request: IncomingMessage
      socket: Socket
    }
    request.headers[FORWARDED_CHAIN_HEADER] = forwardedChain(
      request.headers["x-forwarded-for"],
      socket.remoteAddress
    )
  })
}
