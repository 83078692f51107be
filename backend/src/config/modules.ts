// Infrastructure modules chosen from the environment: Medusa's embedded (in-memory, one process)
// defaults unless REDIS_URL / S3_* say the market runs on the production topology.
import type { MarketEnv } from "./env"

type ModuleEntry = { resolve: string; options?: Record<string, unknown> }

// Finished event jobs stay an hour (or the last 1000) for inspection, then Redis forgets them.
const KEEP_JOBS = { age: 3600, count: 1000 }

// A subscriber that fails (a database blip while recording a payment) is tried again: 5 s, then
// 10 s later. Medusa's Redis event bus re-runs only the subscribers that failed.
const EVENT_RETRIES = {
  attempts: 3,
  backoff: { type: "exponential", delay: 5000 },
}

/**
 * With REDIS_URL, events, workflow state, caching and locks live in Redis so that several
 * processes (a `server` and a `worker`, or many of each) act as one application.
 */
export function redisModules(env: MarketEnv): ModuleEntry[] {
  const redisUrl = env.REDIS_URL
  if (!redisUrl) {
    return []
  }
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: {
        redisUrl,
        jobOptions: {
          removeOnComplete: KEEP_JOBS,
          removeOnFail: KEEP_JOBS,
          ...EVENT_RETRIES,
        },
      },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ]
}

/**
 * Where uploaded files are served from: the bucket's public address, or the backend's `static/`
 * folder. Images are only accepted from here (utils/own-file-url.ts).
 */
export function fileUrlBase(env: MarketEnv): string {
  return env.S3_BUCKET && env.S3_FILE_URL
    ? env.S3_FILE_URL
    : `${env.MEDUSA_BACKEND_URL}/static`
}

/**
 * Uploads go to an S3-compatible bucket when S3_* is configured (env.ts demands all or none),
 * else to the backend's `static/` folder (a volume in docker-compose).
 */
export function fileModule(env: MarketEnv): ModuleEntry {
  const provider = env.S3_BUCKET
    ? {
        resolve: "@medusajs/medusa/file-s3",
        id: "s3",
        options: {
          file_url: fileUrlBase(env),
          bucket: env.S3_BUCKET,
          region: env.S3_REGION,
          access_key_id: env.S3_ACCESS_KEY_ID,
          secret_access_key: env.S3_SECRET_ACCESS_KEY,
          endpoint: env.S3_ENDPOINT,
          prefix: env.S3_PREFIX,
          // MinIO and most self-hosted stores only answer path-style requests.
          additional_client_config: env.S3_ENDPOINT
            ? { forcePathStyle: true }
            : {},
        },
      }
    : {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: {
          upload_dir: "static",
          backend_url: fileUrlBase(env),
        },
      }
  return {
    resolve: "@medusajs/medusa/file",
    options: { providers: [provider] },
  }
}
