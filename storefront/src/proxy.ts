import createMiddleware from "next-intl/middleware"
import { NextRequest, NextResponse } from "next/server"
import { routing } from "./i18n/routing"
import { pageExists } from "./lib/data/shared/page-exists"
import { securityHeaders } from "./lib/security/headers"
import { internalListPath, publicListAddress } from "./lib/util/list-routes"
import { pageSubject } from "./lib/util/page-subject"

const intl = createMiddleware(routing)

// Next's own not-found route (app/not-found.tsx): a whole page, server-rendered with HTTP 404.
const NOT_FOUND_ROUTE = "/_not-found"

/** A browser asking for a whole page, not the app router fetching a page's data. */
function isDocumentRequest(request: NextRequest): boolean {
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    !request.headers.has("rsc") &&
    !request.headers.has("next-router-prefetch")
  )
}

/**
 * Serves a catalogue list from its cached internal route (src/lib/util/list-routes.ts) once
 * next-intl has let the address through; its redirects (a missing locale) stay as they are.
 * The headers next-intl set (the page's request headers, its locale cookie) ride along.
 */
function servedFromListRoute(
  response: NextResponse,
  request: NextRequest
): NextResponse {
  const internal = internalListPath(
    request.nextUrl.pathname,
    request.nextUrl.searchParams
  )
  if (!internal || !response.headers.has("x-middleware-next")) return response
  const headers = new Headers(response.headers)
  headers.delete("x-middleware-next")
  return NextResponse.rewrite(new URL(internal, request.url), { headers })
}

export default async function proxy(
  request: NextRequest
): Promise<NextResponse> {
  // An internal list route has no address of its own: its list's public address serves it.
  const listAddress = publicListAddress(request.nextUrl.pathname)
  if (listAddress) {
    return NextResponse.redirect(new URL(listAddress, request.url), 308)
  }

  // Pages with a loading state start streaming with HTTP 200 before they know whether their
  // product, producer, category or order exists; a missing one is answered here instead, with
  // a real 404 whose HTML is the whole not-found page. Navigations inside the app still get
  // the page's own not-found view.
  const subject = isDocumentRequest(request)
    ? pageSubject(request.nextUrl.pathname, request.nextUrl.searchParams)
    : null
  const missing = subject !== null && !(await pageExists(subject))

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64")
  const headers = securityHeaders({
    pathname: missing ? NOT_FOUND_ROUTE : request.nextUrl.pathname,
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

  const response = missing
    ? NextResponse.rewrite(new URL(NOT_FOUND_ROUTE, request.url))
    : servedFromListRoute(intl(routed), request)
  for (const [name, value] of Object.entries(headers)) {
    response.headers.set(name, value)
  }
  // The not-found page itself is static; the answer is not: the product may be published later.
  if (missing) response.headers.set("Cache-Control", "private, no-store")
  return response
}

export const config = {
  // Everything except API routes, Next internals and files with an extension
  // (sitemap.xml, robots.txt, favicon.ico, …).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
