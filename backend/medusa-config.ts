import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { readMarketEnvOrExit } from "./src/config/env"
import { fileModule, redisModules } from "./src/config/modules"
import { searchModule } from "./src/config/search"
import { sessionCookieOptions } from "./src/config/session"
import { notificationModule } from "./src/config/notifications"
import { paymentModule } from "./src/config/payments"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// `medusa build` (the Docker image's build stage) reads the public backend URL for the admin
// bundle but no secret and no Redis: the deployment rules apply when the backend starts.
const env = readMarketEnvOrExit({ building: process.argv[2] === "build" })

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    // Sessions in Redis too, so that any server behind a load balancer knows a signed-in user.
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
    cookieOptions: sessionCookieOptions(env),
  },
  admin: {
    // A worker answers no HTTP besides /health: it has no admin to serve.
    disable:
      env.MEDUSA_ADMIN_DISABLED === "true" ||
      env.MEDUSA_WORKER_MODE === "worker",
    backendUrl: env.MEDUSA_BACKEND_URL,
  },
  featureFlags: {
    translation: true,
  },
  modules: [
    { resolve: "@medusajs/medusa/translation" },
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/ocop" },
    { resolve: "./src/modules/marketplace" },
    { resolve: "./src/modules/bank-transfer" },
    { resolve: "./src/modules/messaging" },
    { resolve: "./src/modules/sharing" },
    { resolve: "./src/modules/harvest" },
    paymentModule(env),
    notificationModule(env),
    fileModule(env),
    searchModule(env),
    ...redisModules(env),
  ],
})
