import { z } from "@medusajs/framework/zod"

/** Settings of the Meilisearch search provider; src/config/search.ts passes them from the env. */
export const MeilisearchOptionsSchema = z.object({
  host: z
    .url({
      protocol: /^https?$/,
      error:
        "MEILISEARCH_HOST must be the http(s) URL of a Meilisearch server, e.g. http://localhost:7700",
    })
    .transform((host) => host.replace(/\/+$/, "")),
  api_key: z.string().min(1).optional(),
  /** Documents per write request: Meilisearch indexes large payloads in one task anyway. */
  batch_size: z.number().int().positive().default(1000),
  /** How long one HTTP request to Meilisearch may take before search counts as down. */
  request_timeout_ms: z.number().int().positive().default(5_000),
  /** How long the module waits for an enqueued write (seeding, settings) to be applied. */
  task_timeout_ms: z.number().int().positive().default(120_000),
})

export type MeilisearchOptions = z.infer<typeof MeilisearchOptionsSchema>
export type MeilisearchOptionsInput = z.input<typeof MeilisearchOptionsSchema>
