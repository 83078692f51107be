"use server"

import { formFailure, localeOf, text } from "@/lib/data/shared/form-input"
import type { SeasonFormState } from "@/lib/data/shared/form-state"
import { SEASON_FIELDS, seasonBody } from "@/lib/data/shared/season"
import { producerFetch } from "./fetch"
import { reshapePortalProduct, type RawPortalProduct } from "./reshape"

/**
 * Saves when an own product is in season. The route answers with the product as saved, whose
 * season the picker shows; month problems come back as 400s naming `harvest_months` or
 * `best_months`, which the picker shows beside the month chips.
 */
export async function saveProductSeason(
  _previous: SeasonFormState,
  formData: FormData
): Promise<SeasonFormState> {
  const productId = text(formData, "productId")
  try {
    const { product } = await producerFetch<{ product: RawPortalProduct }>(
      `/producer/products/${encodeURIComponent(productId)}/season`,
      {
        method: "POST",
        locale: localeOf(formData),
        body: seasonBody(formData),
      }
    )
    return { status: "saved", season: reshapePortalProduct(product).season }
  } catch (error) {
    return formFailure(error, SEASON_FIELDS, { 404: "notFound" })
  }
}
