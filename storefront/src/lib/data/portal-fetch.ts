import "server-only"

import { FetchError } from "@medusajs/js-sdk"
import { redirect } from "next/navigation"
import { getSdk } from "@/lib/config"
import { getPortalToken, removePortalToken } from "./portal-cookies"

/** A call to /producer/* with the signed-in member's token; never cached. */
export async function producerFetch<T>(
  path: string,
  init: {
    method?: "GET" | "POST" | "DELETE"
    /** JSON, or a multipart form (a photo) that the browser's boundary must describe. */
    body?: Record<string, unknown> | FormData
    locale: string
  }
): Promise<T> {
  const token = await getPortalToken()
  if (!token) {
    redirect(`/${init.locale}/portal/sign-in`)
  }
  try {
    return await getSdk().client.fetch<T>(path, {
      method: init.method ?? "GET",
      body: init.body,
      headers: {
        authorization: `Bearer ${token}`,
        // null drops the SDK's JSON content type so fetch writes the multipart boundary.
        ...(init.body instanceof FormData ? { "content-type": null } : {}),
      },
      cache: "no-store",
    })
  } catch (error) {
    if (statusOf(error) === 401) {
      // Expired or revoked: start a fresh sign-in instead of showing an error.
      await removePortalToken()
      redirect(`/${init.locale}/portal/sign-in`)
    }
    throw error
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
