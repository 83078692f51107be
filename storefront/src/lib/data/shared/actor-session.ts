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

/** The signed-in actors: a cooperative member (`producer`) and a tech-team volunteer. */
export type Actor = "producer" | "onboarder"

/** Each actor's area of the site: its pages live under `/<locale>/<area>`. */
export const ACTOR_AREA = {
  producer: "portal",
  onboarder: "onboarding",
} as const satisfies Record<Actor, string>

export const sessions: Record<Actor, ActorSession> = {
  producer: tokenCookie("_xuan_tho_producer_token"),
  onboarder: tokenCookie("_xuan_tho_onboarder_token"),
}

interface ActorFetchInit {
  method?: "GET" | "POST" | "DELETE"
  /** JSON, or a multipart form (a photo) that the browser's boundary must describe. */
  body?: Record<string, unknown> | FormData
  locale: string
  /** Anything but JSON (a PDF) comes back as the raw Response, unread. */
  accept?: string
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
