import { describe, expect, it } from "vitest"
import {
  contentSecurityPolicy,
  pageKind,
  permissionsPolicy,
  securityHeaders,
  type PolicyOptions,
} from "../headers"

const options: PolicyOptions = {
  nonce: "abc123",
  development: false,
  https: false,
  backendOrigin: "http://localhost:9000",
  photos: false,
}

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split("; ").map((part) => {
      const [name, ...sources] = part.split(" ")
      return [name, sources.join(" ")]
    })
  )
}

describe("pageKind", () => {
  it.each([
    ["/vi", "cached"],
    ["/en/products/ca-phe", "cached"],
    ["/vi/producers/htx-namanh", "cached"],
    ["/vi/search", "cached"],
    ["/vi/order-lookup", "cached"],
    ["/vi/cartoons", "cached"],
    ["/vi/cart", "dynamic"],
    ["/en/checkout", "dynamic"],
    ["/vi/orders/order_1", "dynamic"],
    ["/vi/portal/sign-in", "dynamic"],
    ["/vi/onboarding/producers/new", "dynamic"],
    ["/vi/account/sign-in", "dynamic"],
    ["/en/account", "dynamic"],
    ["/cart", "dynamic"],
  ])("%s is %s", (path, kind) => {
    expect(pageKind(path, false)).toBe(kind)
  })

  it("offers Stripe only to the checkout, and only with a key", () => {
    expect(pageKind("/vi/checkout", true)).toBe("card-checkout")
    expect(pageKind("/vi/cart", true)).toBe("dynamic")
    expect(pageKind("/vi/checkout", false)).toBe("dynamic")
  })
})

describe("contentSecurityPolicy", () => {
  it("gives cached pages a static script policy without a nonce", () => {
    const csp = directives(contentSecurityPolicy("cached", options))
    expect(csp.get("script-src")).toBe("'self' 'unsafe-inline'")
    expect(csp.get("default-src")).toBe("'self'")
    expect(csp.get("frame-ancestors")).toBe("'none'")
    expect(csp.get("object-src")).toBe("'none'")
    expect(csp.get("base-uri")).toBe("'self'")
    expect(csp.get("form-action")).toBe("'self'")
    expect(csp.get("img-src")).toBe("'self' data: blob: http://localhost:9000")
    expect([...csp.values()].join(" ")).not.toContain("stripe")
  })

  it("gives dynamic pages a nonce with strict-dynamic", () => {
    const csp = directives(contentSecurityPolicy("dynamic", options))
    expect(csp.get("script-src")).toBe("'nonce-abc123' 'strict-dynamic'")
    expect(csp.get("frame-ancestors")).toBe("'none'")
    expect([...csp.values()].join(" ")).not.toContain("stripe")
  })

  it("lets the card checkout reach Stripe", () => {
    const csp = directives(contentSecurityPolicy("card-checkout", options))
    expect(csp.get("script-src")).toContain("'nonce-abc123' 'strict-dynamic'")
    expect(csp.get("script-src")).toContain("https://js.stripe.com")
    expect(csp.get("frame-src")).toContain("https://hooks.stripe.com")
    expect(csp.get("connect-src")).toBe("'self' https://api.stripe.com")
  })

  it("allows eval only in development", () => {
    const dev = contentSecurityPolicy("dynamic", {
      ...options,
      development: true,
    })
    expect(directives(dev).get("script-src")).toContain("'unsafe-eval'")
    expect(contentSecurityPolicy("dynamic", options)).not.toContain(
      "unsafe-eval"
    )
  })

  it("lets only the photo pages read blob: URLs", () => {
    const connect = (photos: boolean) =>
      directives(contentSecurityPolicy("dynamic", { ...options, photos })).get(
        "connect-src"
      )
    expect(connect(true)).toBe("'self' blob:")
    expect(connect(false)).toBe("'self'")
  })

  it("upgrades insecure requests only over https", () => {
    expect(contentSecurityPolicy("cached", options)).not.toContain("upgrade")
    expect(
      contentSecurityPolicy("cached", { ...options, https: true })
    ).toContain("upgrade-insecure-requests")
  })
})

describe("permissionsPolicy", () => {
  it("allows the camera only in the portal and onboarding", () => {
    expect(
      permissionsPolicy("/vi/portal/products/1/photos", "dynamic")
    ).toContain("camera=(self)")
    expect(permissionsPolicy("/en/onboarding", "dynamic")).toContain(
      "camera=(self)"
    )
    expect(permissionsPolicy("/vi/cart", "dynamic")).toContain("camera=()")
    expect(permissionsPolicy("/vi", "cached")).toContain("microphone=()")
    expect(permissionsPolicy("/vi", "cached")).toContain("geolocation=()")
  })
})

describe("securityHeaders", () => {
  const request = { pathname: "/vi/cart", nonce: "n1", forwardedProto: null }

  it("sets the headers every page shares, without HSTS over http", () => {
    const headers = securityHeaders({ ...request, env: {} })
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin")
    expect(headers["X-Content-Type-Options"]).toBe("nosniff")
    expect(headers["Content-Security-Policy"]).toContain("'nonce-n1'")
    expect(headers["Strict-Transport-Security"]).toBeUndefined()
  })

  it("sends HSTS when the site or the forwarding proxy is https", () => {
    const hsts = "max-age=31536000; includeSubDomains"
    expect(
      securityHeaders({ ...request, env: { SITE_URL: "https://xuantho.vn" } })[
        "Strict-Transport-Security"
      ]
    ).toBe(hsts)
    expect(
      securityHeaders({ ...request, forwardedProto: "https", env: {} })[
        "Strict-Transport-Security"
      ]
    ).toBe(hsts)
  })

  it("reads the Stripe key and backend URL at run time", () => {
    const env = {
      NEXT_PUBLIC_STRIPE_KEY: "pk_test_1",
      MEDUSA_BACKEND_URL: "https://api.xuantho.vn/",
    }
    const csp = securityHeaders({ ...request, pathname: "/vi/checkout", env })[
      "Content-Security-Policy"
    ]
    expect(csp).toContain("https://js.stripe.com")
    expect(directives(csp).get("img-src")).toBe(
      "'self' data: blob: https://api.xuantho.vn"
    )
  })
})
