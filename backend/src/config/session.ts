import type { MarketEnv } from "./env"

/**
 * Medusa marks the session cookie `Secure` in production, and a browser never returns a
 * Secure cookie over plain http: an officer signing in to Medusa Admin on an http:// backend
 * (`npm start` on http://localhost:9000, a compose stack without TLS) would be sent back to
 * the sign-in page. The cookie follows the scheme the backend is reached by instead.
 */
export function sessionCookieOptions(
  env: Pick<MarketEnv, "MEDUSA_BACKEND_URL">
) {
  return new URL(env.MEDUSA_BACKEND_URL).protocol === "http:"
    ? { secure: false }
    : undefined
}
