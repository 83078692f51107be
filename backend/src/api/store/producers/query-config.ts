import { PUBLIC_PRODUCER_FIELDS } from "../../utils/public-producer-fields"
import { parsePublicFields } from "./validators"

/**
 * The producer columns a store answer reads: the requested public ones (the validator refused
 * any other), else all of them. The
 * id and handle are always read, since the product count and the page link need them.
 */
export function storeProducerFields(requested: string | undefined): string[] {
  const named = requested ? parsePublicFields(requested) : []
  if (!named.length) return [...PUBLIC_PRODUCER_FIELDS]
  return [...new Set(["id", "handle", ...named])]
}

export const storeProducerProductFields = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "harvest_season.all_year",
  "harvest_season.harvest_months",
  "harvest_season.best_months",
]

export const listStoreProducersQueryConfig = {
  defaults: [...PUBLIC_PRODUCER_FIELDS],
  isList: true,
  defaultLimit: 20,
}

export const retrieveStoreProducerQueryConfig = {
  defaults: [...PUBLIC_PRODUCER_FIELDS],
  isList: false,
}
