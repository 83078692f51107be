import type { MedusaContainer } from "@medusajs/framework/types"
import { applySeedSeasons } from "../scripts/seed/seasons"

/**
 * Brings a database seeded before seasons existed up to date, once: each demo product without a
 * season gets the one the seed gives it. Products of real producers are left to them.
 */
export default async function seedHarvestSeasons({
  container,
}: {
  container: MedusaContainer
}) {
  await applySeedSeasons(container)
}
