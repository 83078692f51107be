import createMiddleware from "next-intl/middleware"
import { NextRequest, type NextResponse } from "next/server"
import { routing } from "./i18n/routing"
import { securityHeaders } from "./lib/security/headers"

const intl = createMiddleware(routing)

export default function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64")
  const headers = securityHeaders({
    pathname: request.nextUrl.pathname,
    nonce,
    forwardedProto: request.headers.get("x-forwarded-proto"),
    env: process.env,
  })
  const csp = headers["Content-Security-Policy"]

  // Next puts the nonce on its own scripts when the request it renders carries the policy.
  // next-intl forwards the headers of the request it is given to the page, so it gets a copy
  // with the policy added; the page still receives the original body.
  let routed = request
  if (csp.includes("'nonce-")) {
    const forwarded = new Headers(request.headers)
    forwarded.set("Content-Security-Policy", csp)
    forwarded.set("x-nonce", nonce)
    routed = new NextRequest(request.url, { headers: forwarded })
  }

  const response = intl(routed)
  for (const [name, value] of Object.entries(headers)) {
    response.headers.set(name, value)
  }
  return response
}

export const config = {
  // Everything except API routes, Next internals and files with an extension
  // (sitemap.xml, robots.txt, favicon.ico, …).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
