import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"
import { describe, expect, it } from "vitest"
import {
  clientAddress,
  FORWARDED_CHAIN_HEADER,
  forwardedChain,
  stampForwardedChains,
} from "../client-address"

describe("clientAddress", () => {
  it("takes the socket's peer when the storefront is reached directly", () => {
    expect(clientAddress("203.0.113.7", 0)).toBe("203.0.113.7")
  })

  it("ignores a forged X-Forwarded-For with no trusted proxy", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.7", 0)).toBe("203.0.113.7")
    expect(clientAddress("6.6.6.6, 7.7.7.7, 203.0.113.7", 0)).toBe(
      "203.0.113.7"
    )
  })

  it("takes what the outermost trusted proxy saw behind one or more proxies", () => {
    // client → load balancer (10.0.0.5) → storefront
    expect(clientAddress("198.51.100.2, 10.0.0.5", 1)).toBe("198.51.100.2")
    // the client's own X-Forwarded-For stays on the left, where it counts for nothing
    expect(clientAddress("6.6.6.6, 198.51.100.2, 10.0.0.5", 1)).toBe(
      "198.51.100.2"
    )
    // client → CDN (10.0.0.4) → load balancer (10.0.0.5) → storefront
    expect(clientAddress("6.6.6.6, 198.51.100.2, 10.0.0.4, 10.0.0.5", 2)).toBe(
      "198.51.100.2"
    )
  })

  it("takes the first entry of a chain shorter than the trusted hops", () => {
    expect(clientAddress("198.51.100.2", 2)).toBe("198.51.100.2")
  })

  it("reads an IPv4 peer of a dual-stack socket as IPv4 and keeps IPv6", () => {
    expect(clientAddress("::ffff:127.0.0.1", 0)).toBe("127.0.0.1")
    expect(clientAddress("2001:db8::1", 0)).toBe("2001:db8::1")
  })

  it("has no address without a chain or with something else in its place", () => {
    expect(clientAddress(null, 0)).toBeNull()
    expect(clientAddress("", 0)).toBeNull()
    expect(clientAddress(" , ", 1)).toBeNull()
    expect(clientAddress("unknown", 0)).toBeNull()
    expect(clientAddress("198.51.100.2:5432", 0)).toBeNull()
  })
})

describe("forwardedChain", () => {
  it("adds the peer after what the request arrived with", () => {
    expect(forwardedChain(undefined, "203.0.113.7")).toBe("203.0.113.7")
    expect(forwardedChain("198.51.100.2", "10.0.0.5")).toBe(
      "198.51.100.2, 10.0.0.5"
    )
    expect(forwardedChain(["6.6.6.6", "198.51.100.2"], "10.0.0.5")).toBe(
      "6.6.6.6, 198.51.100.2, 10.0.0.5"
    )
  })

  it("is empty without a peer, so nothing a client wrote is taken for one", () => {
    expect(forwardedChain("6.6.6.6", undefined)).toBe("")
  })
})

describe("stampForwardedChains", () => {
  it("stamps the real chain before the server sees the request, whatever the client sent", async () => {
    stampForwardedChains()
    const server = createServer((request, response) => {
      response.end(JSON.stringify(request.headers))
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    try {
      const { port } = server.address() as AddressInfo
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: {
          "x-forwarded-for": "6.6.6.6",
          [FORWARDED_CHAIN_HEADER]: "6.6.6.6",
        },
      })
      const seen = (await response.json()) as IncomingHttpHeaders
      expect(seen[FORWARDED_CHAIN_HEADER]).toMatch(
        /^6\.6\.6\.6, (::ffff:)?127\.0\.0\.1$/
      )
      expect(clientAddress(String(seen[FORWARDED_CHAIN_HEADER]), 0)).toBe(
        "127.0.0.1"
      )
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
