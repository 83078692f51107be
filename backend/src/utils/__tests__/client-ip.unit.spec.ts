import { clientIp, type ClientIpInput } from "../client-ip"

const SECRET = "storefront-shared-secret-0123456789"

const request = (overrides: Partial<ClientIpInput>): ClientIpInput => ({
  socketAddress: "10.0.0.5",
  forwardedFor: undefined,
  storefrontClientIp: undefined,
  storefrontSecret: undefined,
  sharedSecret: SECRET,
  trustedProxyHops: 0,
  ...overrides,
})

describe("clientIp: the address a rate limit counts against", () => {
  it.each<[string, Partial<ClientIpInput>, string]>([
    ["the peer, with no proxy configured", {}, "10.0.0.5"],
    [
      "the peer, whatever X-Forwarded-For claims, with no proxy configured",
      { forwardedFor: "1.2.3.4" },
      "10.0.0.5",
    ],
    [
      "the address one trusted proxy appended, not what the client wrote before it",
      { forwardedFor: "6.6.6.6, 203.0.113.9", trustedProxyHops: 1 },
      "203.0.113.9",
    ],
    [
      "the address the outer of two proxies appended",
      {
        forwardedFor: "6.6.6.6, 203.0.113.9, 172.16.0.2",
        trustedProxyHops: 2,
      },
      "203.0.113.9",
    ],
    [
      "the leftmost known address when fewer proxies wrote than configured",
      { forwardedFor: undefined, trustedProxyHops: 2 },
      "10.0.0.5",
    ],
    [
      "the storefront's x-client-ip with the shared secret",
      { storefrontClientIp: "198.51.100.7", storefrontSecret: SECRET },
      "198.51.100.7",
    ],
    [
      "the peer when x-client-ip comes with a wrong secret",
      { storefrontClientIp: "198.51.100.7", storefrontSecret: "sai" },
      "10.0.0.5",
    ],
    [
      "the peer when x-client-ip comes without a secret",
      { storefrontClientIp: "198.51.100.7" },
      "10.0.0.5",
    ],
    [
      "the peer when no storefront secret is configured at all",
      {
        storefrontClientIp: "198.51.100.7",
        storefrontSecret: "",
        sharedSecret: undefined,
      },
      "10.0.0.5",
    ],
    [
      "the peer when x-client-ip is not an address",
      { storefrontClientIp: "khong-phai-ip", storefrontSecret: SECRET },
      "10.0.0.5",
    ],
    [
      "an IPv4 peer without its IPv6 mapping prefix",
      { socketAddress: "::ffff:127.0.0.1" },
      "127.0.0.1",
    ],
  ])("is %s", (_, overrides, expected) => {
    expect(clientIp(request(overrides))).toEqual(expected)
  })
})
