import type { SearchTypes } from "@medusajs/framework/types"

/** The document field that says when the data it was built from was read (ms since epoch). */
export const READ_AT_FIELD = "read_at"

type Consume = NonNullable<SearchTypes.SearchIndexDefinition["consume"]>
type Seed = SearchTypes.SearchIndexDefinition["seed"]
type Mutation = SearchTypes.SearchMutation

/** Upserts carry the stamp; deletes only remove documents read no later than they were. */
function stamp(mutations: Mutation[], readAt: number): Mutation[] {
  return mutations.map((mutation) =>
    mutation.action === "upsert"
      ? {
          ...mutation,
          documents: mutation.documents.map((document) => ({
            ...document,
            [READ_AT_FIELD]: readAt,
          })),
        }
      : {
          ...mutation,
          filters: { ...mutation.filters, [READ_AT_FIELD]: { $lte: readAt } },
        }
  )
}

/**
 * The Search Module reads and writes each event on its own, so the write for an earlier event
 * (a product's creation) can land after the write for a later one (its new certificate) and
 * put old data back, or delete a product that a later event has just made visible. Each
 * document carries the time its read started, taken before the read so that a later stamp
 * always means data at least as new; the provider keeps the newest document
 * (src/modules/providers/search-postgres) and a delete spares documents read after it.
 */
export function stampConsume(consume: Consume): Consume {
  return async (event, context) => {
    const readAt = Date.now()
    return stamp(await consume(event, context), readAt)
  }
}

/** The same stamp on a full re-index, batch by batch, so it cannot undo a newer event either. */
export function stampSeed(seed: Seed): Seed {
  return async function* stampedSeed(context) {
    const batches = seed(context)[Symbol.asyncIterator]()
    while (true) {
      const readAt = Date.now()
      const next = await batches.next()
      if (next.done) {
        return
      }
      yield stamp(next.value, readAt)
    }
  }
}
