import "server-only"

import { uncachedStoreFetch } from "@/lib/data/shared/store-fetch"

/**
 * Whether this market reaches shoppers on Zalo: only then may a phone stand in for an email at
 * sign-up and sign-in. When the backend does not answer, the pages offer email alone rather
 * than fail: the email sign-up's own call will say what is wrong.
 */
export async function zaloOffered(): Promise<boolean> {
  try {
    const { zalo } = await uncachedStoreFetch<{ zalo: boolean }>(
      "/store/message-channels"
    )
    return zalo === true
  } catch {
    return false
  }
}
