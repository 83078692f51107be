import "server-only"

import { FetchError } from "@medusajs/js-sdk"
import { cookies, headers } from "next/headers"
import { redirect } from "next/navigation"
import { uncachedStoreFetch } from "./store-fetch"
import { tooManyTries, type TooManyTries } from "./too-many-tries"

/** A signed-in actor's Medusa token, kept in an httpOnly cookie of its own. */
export interface ActorSession {
  get(): Promise<string | undefined>
  set(token: string): Promise<void>
  remove(): Promise<void>
}

// The token never reaches browser JavaScript: only the Next.js server reads the cookie and
// calls the backend on the actor's behalf.
function tokenCookie(name: string): ActorSession {
  return {
    async get() {
      return (await cookies()).get(name)?.value
    },
    async set(token) {
      ;(await cookies()).set(name, token, {
        // Medusa's tokens last a day; the cookie goes with them.
        maxAge: 60 * 60 * 24,
        httpOnly: true,
        sameSite: "strict",
        secure:
          (await headers()).get("x-forwarded-proto")?.includes("https") ??
          false,
        path: "/",
      })
    },
    async remove() {
      ;(await cookies()).delete(name)
    },
  }
}

/**
 * The name of a cookie browser JavaScript may read, present while a shopper is signed in. It
 * holds no token: the header, served from Next's cache to everyone, only learns from it whether
 * to offer "Đăng nhập" or "Tài khoản".
 */
const SIGNED_IN_HINT_COOKIE = "_xuan_tho_signed_in"

/** A token cookie that also keeps the readable signed-in hint beside it. */
function withSignedInHint(session: ActorSession): ActorSession {
  return {
    get: session.get,
    async set(token) {
      await session.set(token)
      ;(await cookies()).set(SIGNED_IN_HINT_COOKIE, "1", {
        maxAge: 60 * 60 * 24,
        httpOnly: false,
        sameSite: "lax",
        path: "/",
      })
    },
    async remove() {
      await session.remove()
      ;(await cookies()).delete(SIGNED_IN_HINT_COOKIE)
    },
  }
}

/**
 * The signed-in actors: a cooperative member (`producer`), a tech-team volunteer and a shopper
 * with an account (`customer`, Medusa's own actor).
 */
export type Actor = "producer" | "onboarder" | "customer"

/** Each actor's area of the site: its pages live under `/<locale>/<area>`. */
export const ACTOR_AREA = {
  producer: "portal",
  onboarder: "onboarding",
  customer: "account",
} as const satisfies Record<Actor, string>

export const sessions: Record<Actor, ActorSession> = {
  producer: tokenCookie("_xuan_tho_producer_token"),
  onboarder: tokenCookie("_xuan_tho_onboarder_token"),
  customer: withSignedInHint(tokenCookie("_xuan_tho_customer_token")),
}

interface ActorFetchInit {
  method?: "GET" | "POST" | "DELETE"
  /** JSON, or a multipart form (a photo) that the browser's boundary must describe. */
  body?: Record<string, unknown> | FormData
  locale: string
  /** Anything but JSON (a PDF) comes back as the raw Response, unread. */
  accept?: string
  /** Headers beside the token (an order's proof). */
  headers?: Record<string, string>
}

/**
 * Calls with the actor's bearer token, never cached. Without a token, or once the backend
 * answers 401 (expired, revoked), the actor goes to its area's sign-in page instead of an error.
 */
export function actorFetch(actor: Actor) {
  const session = sessions[actor]
  const signInPath = `${ACTOR_AREA[actor]}/sign-in`
  return async function fetchAsActor<T>(
    path: string,
    init: ActorFetchInit
  ): Promise<T> {
    const token = await session.get()
    if (!token) {
      redirect(`/${init.locale}/${signInPath}`)
    }
    try {
      return await uncachedStoreFetch<T>(path, {
        method: init.method,
        body: init.body,
        locale: init.locale,
        headers: {
          ...init.headers,
          authorization: `Bearer ${token}`,
          ...(init.accept ? { accept: init.accept } : {}),
        },
      })
    } catch (error) {
      if (statusOf(error) === 401) {
        await session.remove()
        redirect(`/${init.locale}/${signInPath}`)
      }
      throw error
    }
  }
}

export function statusOf(error: unknown): number | undefined {
  if (error instanceof FetchError) return error.status
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === "number" ? status : undefined
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

type SignInResult =
  { token: string } | { reason: "credentials" | "failed" } | TooManyTries

/**
 * Medusa's emailpass sign-in for `actorType`; wrong credentials, too many tries and outages
 * read differently, the backend's refusal in `locale`.
 */
export async function signInWithPassword(
  actorType: Actor,
  credentials: { email: string; password: string },
  locale: string
): Promise<SignInResult> {
  try {
    const { token } = await uncachedStoreFetch<{ token?: string }>(
      `/auth/${actorType}/emailpass`,
      { method: "POST", body: credentials, locale }
    )
    return token ? { token } : { reason: "credentials" }
  } catch (error) {
    const status = statusOf(error)
    return (
      tooManyTries(error) ?? {
        reason: status === 401 || status === 400 ? "credentials" : "failed",
      }
    )
  }
}
