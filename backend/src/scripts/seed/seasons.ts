import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { HarvestSeasonInput } from "../../types/harvest/module"
import { setProductSeasonWorkflow } from "../../workflows/harvest/set-product-season"

type SeedSeason = HarvestSeasonInput & {
  /** Months chosen for the demo where the product notes give none. */
  demo: boolean
}

const allYear = (best_months: number[], demo: boolean): SeedSeason => ({
  all_year: true,
  harvest_months: [],
  best_months,
  demo,
})
const seasonal = (harvest_months: number[], demo: boolean): SeedSeason => ({
  all_year: false,
  harvest_months,
  best_months: [],
  demo,
})

/** The seasons of the demo catalogue, by product handle. */
export const SEED_SEASONS: Record<string, SeedSeason> = {
  // Greenhouse strawberries: all year, best December to April.
  "dau-tay-namanh": allYear([12, 1, 2, 3, 4], false),
  "mut-dau-tay-namanh": allYear([], true),
  // Wind-dried persimmons are made October to January.
  "hong-treo-gio": seasonal([10, 11, 12, 1], false),
  "bot-can-tay": allYear([], false),
  "chuoi-laba-say": allYear([], false),
  "ot-trai-cay": allYear([], false),
  // "Seasonal" in the notes, without months: a rainy-season crop here.
  "bi-mi-soi": seasonal([5, 6, 7, 8], true),
  "atiso-say-kho": allYear([1, 2, 3, 4], true),
  "khoai-lang-mat-say": allYear([], true),
  // Roasted all year; the new crop is picked November to January.
  "ca-phe-arabica-xuan-tho": allYear([11, 12, 1], true),
  "hoa-cam-tu-cau-say": allYear([], true),
}

/**
 * Gives each demo product its season unless it has one: run by the seed and, once, on a
 * database seeded before seasons existed.
 */
export async function applySeedSeasons(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "harvest_season.id"],
    filters: { handle: Object.keys(SEED_SEASONS) },
  })
  for (const product of products) {
    if (product.harvest_season) continue
    const { all_year, harvest_months, best_months } =
      SEED_SEASONS[product.handle]
    await setProductSeasonWorkflow(container).run({
      input: { product_id: product.id, all_year, harvest_months, best_months },
    })
  }
}
