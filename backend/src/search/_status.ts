import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"

/** The one index shoppers search (src/search/product.ts). */
export const PRODUCT_INDEX = "product"

/** What officers see about the product index in Medusa Admin. */
export type SearchIndexStatus = {
  name: string
  /** Provider serving reads: "search-postgres" or "meilisearch". */
  provider: string
  /** pending | building | ready | error, as the Search Module reports it. */
  status: string
  /** Documents shoppers can find right now. */
  document_count: number
  /** Products the catalogue holds: a full re-index walks through all of them. */
  product_count: number
  /** The latest full or partial (re)index run, for progress and "last indexed at". */
  last_run: {
    status: string
    documents_synced: number
    started_at: string | null
    completed_at: string | null
    error: string | null
  } | null
}

const iso = (value: unknown) =>
  value ? new Date(value as string).toISOString() : null

/**
 * Reads the index's state from the Search Module (definition, provider, live document count)
 * and its latest sync run, which the module records row by row while it (re)indexes.
 */
export async function readSearchIndexStatus(
  container: MedusaContainer
): Promise<SearchIndexStatus> {
  const search = container.resolve(Modules.SEARCH, { allowUnregistered: true })
  if (!search) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "The Search Module is not enabled: add it to medusa-config.ts (src/config/search.ts)."
    )
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [indexes, counted, products, runs] = await Promise.all([
    search.listIndexes(),
    search
      .search({ entity: PRODUCT_INDEX, pagination: { take: 0 } })
      .catch(() => null),
    query.graph({
      entity: "product",
      fields: ["id"],
      pagination: { skip: 0, take: 1 },
    }),
    pg.raw(
      `SELECT s.status, s.documents_synced, s.started_at, s.completed_at, s.error
       FROM search_index_sync s
       JOIN search_index_version v ON v.id = s.search_index_version_id
       JOIN search_index i ON i.id = v.search_index_id
       WHERE i.name = ? AND s.deleted_at IS NULL AND i.deleted_at IS NULL
       ORDER BY s.created_at DESC LIMIT 1`,
      [PRODUCT_INDEX]
    ),
  ])
  const index = indexes.find((entry) => entry.name === PRODUCT_INDEX)
  const run = runs.rows?.[0]
  return {
    name: PRODUCT_INDEX,
    provider: index?.provider ?? "",
    status: index?.status ?? "pending",
    document_count: Number(counted?.metadata.count ?? 0),
    product_count: Number(products.metadata?.count ?? 0),
    last_run: run
      ? {
          status: run.status,
          documents_synced: Number(run.documents_synced ?? 0),
          started_at: iso(run.started_at),
          completed_at: iso(run.completed_at),
          error: run.error ?? null,
        }
      : null,
  }
}
