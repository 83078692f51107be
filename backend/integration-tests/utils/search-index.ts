import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type SearchModule = {
  listIndexes: () => Promise<{ name: string; status: string }[]>
  reindex: () => Promise<unknown>
}

/**
 * The Search Module seeds its indexes once, in the background, when the app boots, and does not
 * try again if that run fails (the test runner resets the database under it now and then). A
 * spec that searches builds the index itself when boot left it unready; the module's seeding
 * lock keeps this from racing a boot seed still running.
 */
export async function ensureSearchIndexReady(container: MedusaContainer) {
  const search = container.resolve<SearchModule>(Modules.SEARCH)
  const indexes = await search.listIndexes()
  if (indexes.every((index) => index.status === "ready")) {
    return
  }
  await search.reindex()
}
