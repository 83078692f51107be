import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { monthTurned } from "../domain/month-turn"
import { revalidateStorefront } from "../utils/storefront-revalidation"

/**
 * No write announces a new month, yet it changes what is in season. At the first run of a
 * month in Vietnam, asks the storefront to rebuild the pages tagged `in-season` (the in-season
 * list and search filter, and the pages with badges). Answers whether it asked.
 */
export async function revalidateInSeason(
  logger: Logger,
  now = new Date()
): Promise<boolean> {
  if (!monthTurned(now)) {
    return false
  }
  return revalidateStorefront(["in-season"], logger)
}

export default async function revalidateInSeasonJob(
  container: MedusaContainer
) {
  await revalidateInSeason(container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config = {
  name: "revalidate-in-season",
  // Hourly, so the month's first run comes right after midnight in Đà Lạt; a missed run is
  // covered by the storefront's one-hour cache ceiling.
  schedule: "0 * * * *",
}
