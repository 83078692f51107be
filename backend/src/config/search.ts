import type { MarketEnv } from "./env"

// The Search Module. The index itself is declared in src/search/product.ts.
type SearchEnv = Pick<MarketEnv, "MEILISEARCH_HOST" | "MEILISEARCH_API_KEY">

/**
 * Our Meilisearch provider when MEILISEARCH_HOST is set (docker-compose), otherwise Medusa's
 * embedded PostgreSQL provider (unaccent + pg_trgm). A malformed MEILISEARCH_HOST stops the
 * boot in src/config/env.ts, naming the setting.
 */
export function searchModule(env: SearchEnv) {
  const provider = env.MEILISEARCH_HOST
    ? {
        resolve: "./src/modules/providers/meilisearch",
        id: "meilisearch",
        options: {
          host: env.MEILISEARCH_HOST,
          api_key: env.MEILISEARCH_API_KEY,
        },
      }
    : {
        // Medusa's search-postgres with Vietnamese-safe text search and one statement per
        // search (src/modules/providers/search-postgres).
        resolve: "./src/modules/providers/search-postgres",
        id: "postgres",
        options: {
          engine: "native",
          typo_field: "folded",
          version_field: "read_at",
          title_fields: ["title", "title_en"],
        },
      }
  return {
    resolve: "@medusajs/medusa/search",
    options: { providers: [provider] },
  }
}
