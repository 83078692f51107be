import type { MarketEnv } from "./env"

// The Search Module (issue 4). The index itself is declared in src/search/product.ts.
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
        resolve: "@medusajs/medusa/search-postgres",
        id: "postgres",
        // "english" stems the English names; unaccent folds Vietnamese marks before it.
        options: { engine: "native", language: "english" },
      }
  return {
    resolve: "@medusajs/medusa/search",
    options: { providers: [provider] },
  }
}
