import { isIP } from "node:net"
import os from "node:os"
import path from "node:path"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { RATE_LIMIT_VALUE } from "../utils/rate-limit/limits"

export const DEVELOPMENT_SECRET = "xuan-tho-development-secret"
// Demo receiving account for VietQR outside production; `npm start` passes its own.
const DEVELOPMENT_VIETQR_KEY = "xuan-tho-development-vietqr-key"

const PRODUCTION_SECRET_LENGTH = 32

/** All of these, or none: a half-configured bucket would lose uploads. */
const S3_REQUIRED = [
  "S3_FILE_URL",
  "S3_BUCKET",
  "S3_REGION",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
] as const

const rateLimitSetting = (key: string) =>
  z
    .string()
    .regex(
      RATE_LIMIT_VALUE,
      `${key} must be <count>/<seconds>, for example 10/900`
    )
    .optional()

const EnvSchema = z.object({
  NODE_ENV: z.string().default("development"),
  DATABASE_URL: z
    .string({
      error:
        "DATABASE_URL is required (npm start sets it for the embedded PostgreSQL)",
    })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres://"),
  MEDUSA_BACKEND_URL: z.url().default("http://localhost:9000"),
  STORE_CORS: z.string().default("http://localhost:8000"),
  ADMIN_CORS: z.string().default("http://localhost:9000"),
  AUTH_CORS: z.string().default("http://localhost:8000,http://localhost:9000"),
  JWT_SECRET: z.string().min(16).default(DEVELOPMENT_SECRET),
  COOKIE_SECRET: z.string().min(16).default(DEVELOPMENT_SECRET),
  // The storefront's address as people open it: every link in a message, invite or QR code.
  STOREFRONT_PUBLIC_URL: z.url().default("http://localhost:8000"),
  // Where the backend reaches the storefront itself (revalidation), e.g. over a private network.
  STOREFRONT_INTERNAL_URL: z.url().optional(),
  REVALIDATE_SECRET: z.string().min(16).optional(),
  MEDUSA_ADMIN_DISABLED: z.enum(["true", "false"]).default("false"),
  // Medusa's runtime split (docs: production/worker-mode): `server` answers HTTP only, `worker`
  // runs subscribers and scheduled jobs only, `shared` does both in one process.
  MEDUSA_WORKER_MODE: z.enum(["shared", "server", "worker"]).default("shared"),
  REDIS_URL: z
    .string()
    .regex(
      /^rediss?:\/\/\S+$/,
      "REDIS_URL must look like redis://host:6379 (or rediss:// for TLS)"
    )
    .optional(),
  S3_FILE_URL: z.url().optional(),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_PREFIX: z.string().optional(),
  WORKER_HEARTBEAT_FILE: z
    .string()
    .default(path.join(os.tmpdir(), "xuan-tho-worker-heartbeat.json")),
  VIETQR_BANK_BIN: z.string().default("970415"),
  VIETQR_BANK_NAME: z.string().default("VietinBank"),
  VIETQR_ACCOUNT_NUMBER: z.string().default("102874563910"),
  VIETQR_ACCOUNT_NAME: z.string().default("HTX NONG NGHIEP XUAN THO"),
  VIETQR_WEBHOOK_KEY: z.string().min(16).default(DEVELOPMENT_VIETQR_KEY),
  // Minutes a transfer order holds its stock before the shopper pays.
  VIETQR_UNPAID_LIFETIME_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .default(30),
  // Hours an expired transfer order stays open, so that a late transfer can still revive it.
  VIETQR_EXPIRED_GRACE_HOURS: z.coerce.number().positive().default(24),
  VNPAY_TMN_CODE: z.string().min(1).optional(),
  VNPAY_HASH_SECRET: z.string().min(1).optional(),
  VNPAY_URL: z.url().optional(),
  STRIPE_API_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  SENDGRID_API_KEY: z.string().optional(),
  SENDGRID_FROM: z.string().optional(),
  SENDGRID_API_URL: z.url().default("https://api.sendgrid.com"),
  ZALO_APP_ID: z.string().min(1).optional(),
  ZALO_APP_SECRET: z.string().min(1).optional(),
  ZALO_OA_REFRESH_TOKEN: z.string().min(1).optional(),
  ZALO_TEMPLATE_IDS: z.string().optional(),
  ZALO_OAUTH_URL: z
    .url()
    .default("https://oauth.zaloapp.com/v4/oa/access_token"),
  ZALO_ZNS_URL: z
    .url()
    .default("https://business.openapi.zalo.me/message/template"),
  MEILISEARCH_HOST: z.url().optional(),
  MEILISEARCH_API_KEY: z.string().optional(),
  // Rate limits as `<count>/<seconds>`; unset: the defaults in utils/rate-limit/limits.ts.
  RATE_LIMIT_SIGN_IN_ACCOUNT: rateLimitSetting("RATE_LIMIT_SIGN_IN_ACCOUNT"),
  RATE_LIMIT_SIGN_IN_IP: rateLimitSetting("RATE_LIMIT_SIGN_IN_IP"),
  RATE_LIMIT_ORDER_LOOKUP: rateLimitSetting("RATE_LIMIT_ORDER_LOOKUP"),
  RATE_LIMIT_INVITE_ACCEPT: rateLimitSetting("RATE_LIMIT_INVITE_ACCEPT"),
  RATE_LIMIT_CART_COMPLETE: rateLimitSetting("RATE_LIMIT_CART_COMPLETE"),
  RATE_LIMIT_LINK_CLICKS: rateLimitSetting("RATE_LIMIT_LINK_CLICKS"),
  RATE_LIMIT_SHARE_VISITS: rateLimitSetting("RATE_LIMIT_SHARE_VISITS"),
  RATE_LIMIT_UPLOADS: rateLimitSetting("RATE_LIMIT_UPLOADS"),
  RATE_LIMIT_QR_SHEETS: rateLimitSetting("RATE_LIMIT_QR_SHEETS"),
  RATE_LIMIT_PROMO_CODES: rateLimitSetting("RATE_LIMIT_PROMO_CODES"),
  // Comma-separated addresses officers reach Medusa Admin from; unset: anywhere.
  ADMIN_ALLOWED_IPS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((address) => address.trim())
        .filter(Boolean)
    )
    .refine((addresses) => addresses.every((address) => isIP(address)), {
      message:
        "ADMIN_ALLOWED_IPS must be IP addresses separated by commas, e.g. 203.0.113.10,203.0.113.11",
    })
    .optional(),
  // Proxies in front of the backend that append to X-Forwarded-For (a TLS terminator is one).
  TRUSTED_PROXY_HOPS: z.coerce
    .number()
    .int()
    .min(0, "TRUSTED_PROXY_HOPS must be 0 or more")
    .max(5, "TRUSTED_PROXY_HOPS must be at most 5")
    .default(0),
})

export type MarketEnv = z.infer<typeof EnvSchema>

/** Every setting the backend reads; the deployment test checks docker-compose against it. */
export const MARKET_ENV_KEYS = Object.keys(EnvSchema.shape)

type Problem = { key: string; message: string }

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"])

/**
 * A deployment is a backend reached at a public address: MEDUSA_BACKEND_URL names a host other
 * than this machine. `npm start` (localhost) keeps its embedded defaults and needs no Redis.
 */
export function isDeployment(raw: Record<string, string | undefined>): boolean {
  const url = raw.MEDUSA_BACKEND_URL
  if (!url || !URL.canParse(url)) {
    return false
  }
  return !LOCAL_HOSTS.has(new URL(url).hostname)
}

/**
 * An address a phone can open: a host with a dot (a domain or an IP), not this machine and not
 * a single-label service name such as `storefront`.
 */
function isPublicAddress(url: string | undefined): boolean {
  if (!url || !URL.canParse(url)) {
    return false
  }
  const { hostname } = new URL(url)
  return !LOCAL_HOSTS.has(hostname) && hostname.includes(".")
}

/** What `medusa build` needs: the admin bundle reads the backend URL, never the secrets. */
export type ReadOptions = { building?: boolean }

/**
 * Rules across settings, checked on the raw values so that they are reported together with
 * malformed values instead of after them.
 */
function crossSettingProblems(
  raw: Record<string, string>,
  { building = false }: ReadOptions
): Problem[] {
  const problems: Problem[] = []
  const production = raw.NODE_ENV === "production"
  const deployment = !building && isDeployment(raw)
  const inDeployment = `in a deployment (MEDUSA_BACKEND_URL ${raw.MEDUSA_BACKEND_URL} is not localhost)`
  const where = production ? "in production" : inDeployment
  if (production || deployment) {
    for (const key of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
      const value = raw[key]
      if (!value) {
        problems.push({
          key,
          message: `${key} is required ${where} (for example \`openssl rand -hex 32\`)`,
        })
      } else if (value === DEVELOPMENT_SECRET) {
        problems.push({
          key,
          message: `${key} must be set to a private value ${where}, not the development secret`,
        })
      } else if (value.length < PRODUCTION_SECRET_LENGTH) {
        problems.push({
          key,
          message: `${key} must be at least ${PRODUCTION_SECRET_LENGTH} characters ${where}`,
        })
      }
    }
    if (raw.VIETQR_WEBHOOK_KEY === DEVELOPMENT_VIETQR_KEY) {
      problems.push({
        key: "VIETQR_WEBHOOK_KEY",
        message: `VIETQR_WEBHOOK_KEY must be set to a private value ${where}, not the development key: anyone could confirm a payment`,
      })
    } else if (!raw.VIETQR_WEBHOOK_KEY || !raw.VIETQR_ACCOUNT_NUMBER) {
      problems.push({
        key: "VIETQR_WEBHOOK_KEY",
        message: `VIETQR_* settings (bank BIN, account number and name, webhook key) are required ${where}: shoppers would pay into the demo account`,
      })
    }
  }
  if (deployment && !isPublicAddress(raw.STOREFRONT_PUBLIC_URL)) {
    problems.push({
      key: "STOREFRONT_PUBLIC_URL",
      message: `STOREFRONT_PUBLIC_URL must be the storefront's public address ${inDeployment} (for example https://cho-xuan-tho.vn): links in emails, Zalo messages, invites and QR codes are built from it`,
    })
  }
  if (production && !raw.REVALIDATE_SECRET) {
    problems.push({
      key: "REVALIDATE_SECRET",
      message:
        "REVALIDATE_SECRET is required in production: without it the storefront never refreshes its cached pages",
    })
  }
  if (deployment && !raw.REDIS_URL) {
    problems.push({
      key: "REDIS_URL",
      message: `REDIS_URL is required ${inDeployment} (for example redis://redis:6379): events, workflows, sessions and locks must be shared between the backend's processes`,
    })
  }
  // Only `worker`: Medusa's own commands (db:migrate, exec) run as `server` without Redis.
  if (raw.MEDUSA_WORKER_MODE === "worker" && !raw.REDIS_URL) {
    problems.push({
      key: "MEDUSA_WORKER_MODE",
      message:
        "MEDUSA_WORKER_MODE=worker needs REDIS_URL: without Redis the server's events never reach the worker",
    })
  }
  if (raw.MEILISEARCH_API_KEY && !raw.MEILISEARCH_HOST) {
    problems.push({
      key: "MEILISEARCH_HOST",
      message:
        "MEILISEARCH_HOST is required when MEILISEARCH_API_KEY is set (e.g. http://meilisearch:7700); without it search stays on PostgreSQL",
    })
  }
  const s3Keys = [...S3_REQUIRED, "S3_ENDPOINT", "S3_PREFIX"]
  if (s3Keys.some((key) => raw[key])) {
    for (const key of S3_REQUIRED.filter((key) => !raw[key])) {
      problems.push({
        key,
        message: `${key} is required when S3 file storage is configured (set all of ${S3_REQUIRED.join(", ")}, or none)`,
      })
    }
  }
  return problems
}

/** Blank values (`KEY=` in an env file, `${KEY:-}` in compose) count as unset. */
function withoutBlanks(source: NodeJS.ProcessEnv): Record<string, string> {
  const entries = Object.entries(source).filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === "string" && entry[1].trim() !== ""
  )
  return Object.fromEntries(entries)
}

/** Reads the environment once at boot and stops with every problem named. */
export function readMarketEnv(
  source: NodeJS.ProcessEnv = process.env,
  options: ReadOptions = {}
): MarketEnv {
  const raw = withoutBlanks(source)
  const parsed = EnvSchema.safeParse(raw)
  const problems: Problem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        key: issue.path.join("."),
        message: issue.message,
      }))
  problems.push(...crossSettingProblems(raw, options))
  if (!parsed.success || problems.length) {
    const lines = problems
      .map((problem) => `  - ${problem.key}: ${problem.message}`)
      .join("\n")
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid backend configuration (see .env.example):\n${lines}`
    )
  }
  return parsed.data
}

/**
 * For medusa-config: prints the one message naming every problem and stops the process, instead
 * of Medusa's config loader printing it twice with a stack trace.
 */
export function readMarketEnvOrExit(options: ReadOptions = {}): MarketEnv {
  try {
    return readMarketEnv(process.env, options)
  } catch (error) {
    if (error instanceof MedusaError) {
      process.stderr.write(`${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}
