/* eslint-disable @medusajs/import-from-framework-not-internal -- @medusajs/search-postgres has no
   public entry for the service and helpers this provider extends */
import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import {
  assertQuerySupported,
  CATALOG_TABLE,
  mapFacetResult,
  projectDocument,
  type PostgresSearchProviderOptions,
} from "@medusajs/search-postgres/dist/utils"
import { buildFusedQuery } from "./fused-query"
import { ResultCache } from "./result-cache"

type Manager = {
  execute: <Row = Record<string, unknown>>(
    sql: string,
    params?: unknown[]
  ) => Promise<Row[]>
}

/** The one row a fused search answers: its hits, its count and one column per facet. */
type FusedSearchRow = {
  hits?: { id: string; score: number; document: Record<string, unknown> }[]
  count?: number | string
} & Record<string, unknown>
type Catalog = Awaited<ReturnType<PostgresSearchService["retrieve"]>>

/** Text search configuration created by this provider's migration (see migrations/). */
export const VIETNAMESE_LANGUAGE = "vietnamese"

export type MarketPostgresSearchOptions = PostgresSearchProviderOptions & {
  /** Distinct answers kept per process; 0 turns the cache off. */
  result_cache_size?: number
  /**
   * A short text field of the index that typos are matched against, instead of every
   * searchable field (descriptions included): pg_trgm's word similarity costs in proportion
   * to the text's length, and shoppers misspell names, not descriptions.
   */
  typo_field?: string
  /**
   * A number field holding when a document's data was read: an update carrying an older value
   * than the stored one is skipped (the trigger from migrations/), so out-of-order event writes
   * cannot put old data back.
   */
  version_field?: string
  /** Text fields whose documents a query equal to them ranks first (the product's titles). */
  title_fields?: string[]
}

/** Generated from `typo_field`, with its own trigram index. */
const TYPO_COLUMN = "typo_text"

/**
 * Medusa's PostgreSQL search provider, tuned for the market: Vietnamese-safe text
 * search (unaccent, no English stopwords), one SQL statement per search instead of one per
 * part, an indexable typo match, and answers kept until the index changes. Everything it does
 * not speed up (vectors, distinct, field subsets) is left to Medusa's implementation.
 */
export default class MarketPostgresSearchService extends PostgresSearchService {
  static identifier = "search-postgres"

  protected readonly results_: ResultCache<SearchTypes.SearchResult>
  protected readonly plans_ = new Map<string, Catalog["plan"]>()
  protected readonly typoField_?: string
  protected readonly versionField_?: string
  protected readonly titleFields_: string[]
  protected readonly typoColumns_ = new Map<string, string>()

  constructor(
    deps: ConstructorParameters<typeof PostgresSearchService>[0],
    options: MarketPostgresSearchOptions = {}
  ) {
    const {
      result_cache_size = 500,
      typo_field,
      version_field,
      title_fields = [],
      ...rest
    } = options
    super(deps, { language: VIETNAMESE_LANGUAGE, ...rest })
    this.results_ = new ResultCache(result_cache_size)
    this.typoField_ = typo_field
    this.versionField_ = version_field
    this.titleFields_ = title_fields
  }

  protected async createDocumentTable(
    table: string,
    plan: Catalog["plan"],
    manager: Manager
  ): Promise<void> {
    await super.createDocumentTable(table, plan, manager)
    await this.addTypoColumn(table, plan, manager)
    await this.keepNewerDocuments(table, plan, manager)
  }

  protected async keepNewerDocuments(
    table: string,
    plan: Catalog["plan"],
    manager: Manager
  ): Promise<void> {
    const field = this.versionField_
    if (!field || plan.fields.get(field)?.kind !== "number") {
      return
    }
    await manager.execute(`
      CREATE OR REPLACE TRIGGER "${table}_keep_newer" BEFORE UPDATE ON "${table}"
      FOR EACH ROW EXECUTE FUNCTION market_search_keep_newer('${field.replace(/'/g, "''")}')
    `)
  }

  protected async addTypoColumn(
    table: string,
    plan: Catalog["plan"],
    manager: Manager
  ): Promise<void> {
    const field = this.typoField_
    if (!field || plan.fields.get(field)?.kind !== "text") {
      return
    }
    await manager.execute(`
      ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "${TYPO_COLUMN}" text
      GENERATED ALWAYS AS (coalesce("indexed"->>'${field.replace(/'/g, "''")}', '')) STORED
    `)
    await manager.execute(
      `CREATE INDEX IF NOT EXISTS "${table}_typo_idx" ON "${table}" USING GIN ("${TYPO_COLUMN}" gin_trgm_ops)`
    )
  }

  /** `typo_text` where the table has it (tables built before it existed keep search_text). */
  protected async typoColumn(table: string): Promise<string> {
    let column = this.typoColumns_.get(table)
    if (!column) {
      const rows = await this.manager_.execute(
        `SELECT 1 FROM information_schema.columns WHERE table_name = ? AND column_name = ?`,
        [table, TYPO_COLUMN]
      )
      column = rows.length ? TYPO_COLUMN : "search_text"
      this.typoColumns_.set(table, column)
    }
    return column
  }

  /**
   * Every write moves `updated_at` (a microsecond clock), which is what a cached answer is
   * checked against: Medusa's version only touches the row when the document count changes.
   */
  protected async adjustDocumentCount(
    name: string,
    delta: number,
    manager: Manager = this.manager_
  ): Promise<void> {
    await manager.execute(
      `UPDATE "${CATALOG_TABLE}"
       SET "document_count" = GREATEST("document_count" + ?, 0), "updated_at" = clock_timestamp()
       WHERE "name" = ?`,
      [delta, name]
    )
  }

  protected async setDocumentCount(
    name: string,
    count: number,
    manager: Manager = this.manager_
  ): Promise<void> {
    await manager.execute(
      `UPDATE "${CATALOG_TABLE}" SET "document_count" = ?, "updated_at" = clock_timestamp()
       WHERE "name" = ?`,
      [count, name]
    )
  }

  /**
   * The index's table, plan and write generation in one primary-key read; the plan (a large
   * JSON document) is parsed once per schema instead of on every search.
   */
  protected async readCatalog(name: string) {
    const [row] = await this.manager_.execute(
      `SELECT "table_name", "schema_hash", "document_count", "updated_at"::text AS "generation"
       FROM "${CATALOG_TABLE}" WHERE "name" = ?`,
      [name]
    )
    if (!row) {
      return { catalog: await this.retrieve(name), generation: "" }
    }
    let plan = this.plans_.get(row.schema_hash)
    if (!plan) {
      plan = (await this.retrieve(name)).plan
      this.plans_.set(row.schema_hash, plan)
    }
    const catalog = { ...row, name, plan } as Catalog
    return { catalog, generation: `${row.generation}/${row.document_count}` }
  }

  async search(
    input: SearchTypes.ProviderSearchQuery
  ): Promise<SearchTypes.SearchResult> {
    assertQuerySupported(input, this.engine_)
    const started = Date.now()
    const { catalog, generation } = await this.readCatalog(
      input.index.physical_name
    )
    const key = JSON.stringify([
      input.index.physical_name,
      input.q,
      input.filters,
      input.pagination,
      input.search_options,
      input.attributes_to_retrieve,
    ])
    const cached = this.results_.get(key, generation)
    if (cached) {
      return {
        ...cached,
        metadata: { ...cached.metadata, processing_time_ms: 0 },
      }
    }
    const result = this.canFuse(input, catalog)
      ? await this.searchFused(input, catalog, started)
      : await super.search(input)
    this.results_.set(key, generation, result)
    return result
  }

  /** What the single-statement path answers exactly as Medusa's does. */
  protected canFuse(input: SearchTypes.ProviderSearchQuery, catalog: Catalog) {
    const options = input.search_options ?? {}
    const searchOn = options.attributes_to_search_on
    return (
      this.engine_ === "native" &&
      !options.vector &&
      !(options.distinct ?? input.index.settings.distinct_attribute) &&
      (!searchOn ||
        (searchOn.length === catalog.plan.searchable.length &&
          searchOn.every((path) => catalog.plan.searchable.includes(path))))
    )
  }

  protected async searchFused(
    input: SearchTypes.ProviderSearchQuery,
    catalog: Catalog,
    started: number
  ): Promise<SearchTypes.SearchResult> {
    // Validates the sort fields with Medusa's own messages (unknown field, array field).
    this.resolveOrderBy(input, catalog.plan, !!input.q?.trim())
    const fused = buildFusedQuery({
      query: input,
      plan: catalog.plan,
      table: catalog.table_name,
      tsConfig: this.tsConfig_,
      typoColumn: await this.typoColumn(catalog.table_name),
      titleFields: this.titleFields_,
    })
    const run = async (manager: Manager) => {
      if (fused.typoThreshold !== undefined) {
        await manager.execute(
          `SELECT set_config('pg_trgm.word_similarity_threshold', ?, true)`,
          [String(fused.typoThreshold)]
        )
      }
      const [row] = await manager.execute<FusedSearchRow>(
        fused.sql,
        fused.params
      )
      return row
    }
    const row =
      fused.typoThreshold !== undefined
        ? await this.withTransaction(run)
        : await run(this.manager_)
    const options = input.search_options ?? {}
    const hits = row.hits ?? []
    const facets = fused.facets.length
      ? Object.fromEntries(
          fused.facets.map((facet, i) => [
            facet.field,
            mapFacetResult(
              facet,
              (row[`facet_${i}`] as Record<string, unknown>[] | null) ?? []
            ),
          ])
        )
      : undefined
    return {
      hits: hits.map((hit) => ({
        id: hit.id,
        score: options.include_score ? Number(hit.score) : undefined,
        document: projectDocument(hit.document, input.attributes_to_retrieve),
      })),
      facets,
      metadata: {
        skip: input.pagination?.skip ?? 0,
        take: input.pagination?.take ?? 20,
        count: options.count === "none" ? null : Number(row.count ?? 0),
        query: input.q,
        processing_time_ms: Date.now() - started,
      },
    }
  }
}
