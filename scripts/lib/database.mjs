// The database for `npm start`/`npm run dev`: DATABASE_URL when given, else the embedded server.
import path from "node:path"
import { createRequire } from "node:module"
import { ensureDatabase, startPostgres } from "./postgres.mjs"
import { BACKEND_DIR, DATA_DIR, ROOT } from "./workspace.mjs"

const DATABASE_NAME = "market"

export async function provideDatabase({ port }) {
  if (process.env.DATABASE_URL) {
    return {
      url: process.env.DATABASE_URL,
      embedded: null,
      note: "DATABASE_URL (given)",
    }
  }
  const embedded = await startPostgres({
    root: ROOT,
    dataDir: path.join(DATA_DIR, "postgres"),
    port,
  })
  await ensureDatabase({
    root: ROOT,
    connection: embedded,
    database: DATABASE_NAME,
  })
  const where = embedded.relocated
    ? `${embedded.dataDir} (binaries in ${embedded.nativeDir}: the "postgres" user cannot reach this checkout)`
    : embedded.dataDir
  return {
    url: embedded.url(DATABASE_NAME),
    embedded,
    note: `embedded PostgreSQL on port ${port}, data in ${where}`,
  }
}

/** Reads one value with the backend's own `pg` driver; null when the table is not there yet. */
export async function queryValue(databaseUrl, sql) {
  const require = createRequire(path.join(BACKEND_DIR, "package.json"))
  const { Client } = require("pg")
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const result = await client.query(sql)
    return result.rows[0] ? Object.values(result.rows[0])[0] : null
  } catch (error) {
    if (error.code === "42P01") {
      return null
    }
    throw error
  } finally {
    await client.end()
  }
}
