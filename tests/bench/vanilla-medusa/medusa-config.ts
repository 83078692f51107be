// Medusa 2.21.2 as it comes: no custom module, no admin. The bench serves the market's catalogue
// from it so that the market's own Store API can be weighed against the framework's.
import { defineConfig } from "@medusajs/framework/utils"

const required = (name: string) => {
  const value = process.env[name]
  if (!value) {
    throw new Error(
      `${name} is not set: start this app through tests/bench/bench.mjs, which provides it.`
    )
  }
  return value
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: required("DATABASE_URL"),
    workerMode: "server",
    http: {
      storeCors: process.env.STORE_CORS ?? "http://localhost:1",
      adminCors: process.env.ADMIN_CORS ?? "http://localhost:1",
      authCors: process.env.AUTH_CORS ?? "http://localhost:1",
      jwtSecret: required("JWT_SECRET"),
      cookieSecret: required("COOKIE_SECRET"),
    },
  },
  admin: { disable: true },
})
