import path from "node:path"
import { fileURLToPath } from "node:url"
import { startPostgres } from "../../scripts/lib/postgres.mjs"

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  ".."
)

/**
 * Starts a throw-away PostgreSQL for the integration run unless DB_HOST is already given
 * (the root `npm test` passes its own). test-utils needs the host `localhost`: it forces SSL
 * for any other host.
 */
export default async function setup() {
  if (process.env.DB_HOST) {
    return
  }
  const port = Number(process.env.TEST_PG_PORT ?? 54329)
  const postgres = await startPostgres({
    root,
    dataDir: path.join(root, ".data", `postgres-integration-${port}`),
    port,
    ephemeral: true,
  })
  process.env.DB_HOST = "localhost"
  process.env.DB_PORT = String(port)
  process.env.DB_USERNAME = postgres.user
  process.env.DB_PASSWORD = postgres.password
  process.env.DATABASE_URL = postgres.url("postgres")
  return async () => {
    await postgres.stop()
  }
}
