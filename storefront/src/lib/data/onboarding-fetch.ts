import "server-only"

import { redirect } from "next/navigation"
import { getSdk } from "@/lib/config"
import { getOnboarderToken, removeOnboarderToken } from "./onboarding-cookies"
import { statusOf } from "./portal-fetch"

/** A call to /onboarding/* with the signed-in volunteer's token; never cached. */
export async function onboarderFetch<T>(
  path: string,
  init: {
    method?: "GET" | "POST" | "DELETE"
    body?: Record<string, unknown> | FormData
    locale: string
  }
): Promise<T> {
  const token = await getOnboarderToken()
  if (!token) {
    redirect(`/${init.locale}/onboarding/sign-in`)
  }
  try {
    return await getSdk().client.fetch<T>(path, {
      method: init.method ?? "GET",
      body: init.body,
      headers: {
        authorization: `Bearer ${token}`,
        // A photo upload: let fetch set the multipart boundary.
        ...(init.body instanceof FormData ? { "content-type": null } : {}),
      },
      cache: "no-store",
    })
  } catch (error) {
    if (statusOf(error) === 401) {
      // Expired or revoked: a fresh sign-in, and the wizard resumes where the server has it.
      await removeOnboarderToken()
      redirect(`/${init.locale}/onboarding/sign-in`)
    }
    throw error
  }
}
