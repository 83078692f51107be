// The storefront's security headers, decided per kind of page. The proxy (src/proxy.ts) sets
// them on every page response; this module only computes them, so it is tested without Next.

/**
 * - `cached`: catalogue and static pages. Most are served from Next's cache, rendered once
 *   for many shoppers, so their HTML cannot carry a per-request nonce: scripts are limited to
 *   the site's own origin and Next's inline bootstrap. The catalogue pages rendered per
 *   request (search, listings) share it.
 * - `dynamic`: pages rendered per request (cart, orders, portal, onboarding). Only scripts
 *   carrying this response's nonce, and what they load, run.
 * - `card-checkout`: the checkout when card payment is offered, which needs Stripe.js and its
 *   frames.
 */
export type PageKind = "cached" | "dynamic" | "card-checkout"

type Directives = Record<string, string[]>

const STRIPE_SCRIPTS = ["https://js.stripe.com", "https://*.js.stripe.com"]
const STRIPE_FRAMES = [...STRIPE_SCRIPTS, "https://hooks.stripe.com"]

// Directives every kind shares; script-src and the Stripe origins are added per kind below.
// style-src keeps 'unsafe-inline': server-rendered style attributes (next/image) cannot carry
// a nonce, and a nonce in style-src would switch 'unsafe-inline' off.
function baseDirectives(
  backendOrigin: string | null,
  photos: boolean
): Directives {
  return {
    "default-src": ["'self'"],
    "img-src": [
      "'self'",
      "data:",
      "blob:",
      ...(backendOrigin ? [backendOrigin] : []),
    ],
    "style-src": ["'self'", "'unsafe-inline'"],
    "font-src": ["'self'"],
    // The photo forms read the shrunk photo back through its blob: URL.
    "connect-src": photos ? ["'self'", "blob:"] : ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  }
}

const KIND_DIRECTIVES: Record<PageKind, (nonce: string) => Directives> = {
  cached: () => ({ "script-src": ["'self'", "'unsafe-inline'"] }),
  dynamic: (nonce) => ({
    "script-src": [`'nonce-${nonce}'`, "'strict-dynamic'"],
  }),
  // Browsers that understand 'strict-dynamic' ignore the host list; older ones use it.
  "card-checkout": (nonce) => ({
    "script-src": [`'nonce-${nonce}'`, "'strict-dynamic'", ...STRIPE_SCRIPTS],
    "frame-src": ["'self'", ...STRIPE_FRAMES],
    "connect-src": ["'self'", "https://api.stripe.com"],
  }),
}

// Pages rendered per request, by their path without the locale. /order-lookup is left out on
// purpose: it is prerendered, so a nonce would never reach its scripts.
const DYNAMIC_PREFIXES = [
  "/cart",
  "/checkout",
  "/orders",
  "/portal",
  "/onboarding",
  "/account",
]
// Where producers and volunteers take product and certificate photos.
const PHOTO_PREFIXES = ["/portal", "/onboarding"]

const LOCALE_PREFIX = /^\/(?:vi|en)(?=\/|$)/

function hasPrefix(path: string, prefixes: string[]): boolean {
  return prefixes.some((p) => path === p || path.startsWith(`${p}/`))
}

function withoutLocale(pathname: string): string {
  return pathname.replace(LOCALE_PREFIX, "") || "/"
}

/** Pages with a photo form: they may use the camera and read local blob: photos. */
export function takesPhotos(pathname: string): boolean {
  return hasPrefix(withoutLocale(pathname), PHOTO_PREFIXES)
}

export function pageKind(pathname: string, cardOffered: boolean): PageKind {
  const path = withoutLocale(pathname)
  if (!hasPrefix(path, DYNAMIC_PREFIXES)) return "cached"
  return cardOffered && hasPrefix(path, ["/checkout"])
    ? "card-checkout"
    : "dynamic"
}

export interface PolicyOptions {
  nonce: string
  /** `next dev`: React rebuilds server error stacks with eval. */
  development: boolean
  https: boolean
  backendOrigin: string | null
  photos: boolean
}

export function contentSecurityPolicy(
  kind: PageKind,
  { nonce, development, https, backendOrigin, photos }: PolicyOptions
): string {
  const directives = {
    ...baseDirectives(backendOrigin, photos),
    ...KIND_DIRECTIVES[kind](nonce),
  }
  if (development) directives["script-src"].push("'unsafe-eval'")
  const parts = Object.entries(directives).map(
    ([name, sources]) => `${name} ${sources.join(" ")}`
  )
  if (https) parts.push("upgrade-insecure-requests")
  return parts.join("; ")
}

export function permissionsPolicy(pathname: string, kind: PageKind): string {
  const camera = takesPhotos(pathname)
  // Stripe's Payment Element offers wallet payments from its own frame.
  const payment =
    kind === "card-checkout" ? '(self "https://js.stripe.com")' : "()"
  return [
    `camera=${camera ? "(self)" : "()"}`,
    "microphone=()",
    "geolocation=()",
    `payment=${payment}`,
    "usb=()",
    "accelerometer=()",
    "gyroscope=()",
    "magnetometer=()",
  ].join(", ")
}

type Env = Record<string, string | undefined>

// Read by name at run time: a literal process.env.NEXT_PUBLIC_… would be frozen into the
// build, and one build serves shops with and without card payment.
const STRIPE_KEY_VARIABLE = ["NEXT_PUBLIC", "STRIPE_KEY"].join("_")

/** The checkout offers card payment only when a Stripe publishable key is configured. */
export function cardPaymentOffered(env: Env): boolean {
  return Boolean(env[STRIPE_KEY_VARIABLE]?.trim())
}

/** The backend origin product photos may come from (unoptimized images bypass /_next/image). */
export function backendOrigin(env: Env): string | null {
  try {
    return new URL(env.MEDUSA_BACKEND_URL?.trim() || "http://localhost:9000")
      .origin
  } catch {
    return null
  }
}

export function servedOverHttps(
  env: Env,
  forwardedProto: string | null
): boolean {
  if (forwardedProto?.split(",")[0]?.trim() === "https") return true
  return Boolean(env.SITE_URL?.trim().startsWith("https:"))
}

export interface PageRequest {
  pathname: string
  nonce: string
  forwardedProto: string | null
  env: Env
}

/** Every security header of one page response. */
export function securityHeaders({
  pathname,
  nonce,
  forwardedProto,
  env,
}: PageRequest): Record<string, string> {
  const kind = pageKind(pathname, cardPaymentOffered(env))
  const https = servedOverHttps(env, forwardedProto)
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(kind, {
      nonce,
      development: env.NODE_ENV === "development",
      https,
      backendOrigin: backendOrigin(env),
      photos: takesPhotos(pathname),
    }),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": permissionsPolicy(pathname, kind),
  }
  if (https) {
    headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
  }
  return headers
}
