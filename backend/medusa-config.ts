import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { readMarketEnv } from "./src/config/env"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = readMarketEnv()

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
  },
  admin: {
    disable: env.MEDUSA_ADMIN_DISABLED === "true",
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
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              upload_dir: "static",
              backend_url: `${env.MEDUSA_BACKEND_URL}/static`,
            },
          },
        ],
      },
    },
  ],
})
