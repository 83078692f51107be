import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

const DEVELOPMENT_SECRET = "xuan-tho-development-secret"

const EnvSchema = z
  .object({
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
    AUTH_CORS: z
      .string()
      .default("http://localhost:8000,http://localhost:9000"),
    JWT_SECRET: z.string().min(16).default(DEVELOPMENT_SECRET),
    COOKIE_SECRET: z.string().min(16).default(DEVELOPMENT_SECRET),
    STOREFRONT_URL: z.url().default("http://localhost:8000"),
    REVALIDATE_SECRET: z.string().min(16).optional(),
    MEDUSA_ADMIN_DISABLED: z.enum(["true", "false"]).default("false"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") {
      return
    }
    for (const key of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
      if (env[key] === DEVELOPMENT_SECRET) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `${key} must be set to a private value in production`,
        })
      }
    }
  })

export type MarketEnv = z.infer<typeof EnvSchema>

/** Reads the environment once at boot and stops with every problem named. */
export function readMarketEnv(
  source: NodeJS.ProcessEnv = process.env
): MarketEnv {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`)
      .join("\n")
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid backend configuration:\n${problems}`
    )
  }
  return parsed.data
}
