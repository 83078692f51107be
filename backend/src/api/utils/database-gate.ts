import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  answerUnavailable,
  isDatabaseUnavailable,
} from "./database-unavailable"

/**
 * How long a request waits for a database connection before it is answered 503. Medusa's
 * connection loader leaves knex's wait at 60 s and has no setting for it, so while PostgreSQL
 * restarts every request would hang for a minute instead of being told to retry.
 */
export const CONNECTION_WAIT_MS = 5_000
/** While the database is down, one background query a second finds out when it is back. */
const PROBE_INTERVAL_MS = 1_000

/** The parts of knex's connection pool (tarn) this gate reads and tunes. */
type ConnectionPool = {
  acquireTimeoutMillis: number
  on(
    event: "createFail" | "createSuccess",
    listener: (eventId: number, error?: unknown) => void
  ): void
}
type PgConnection = {
  client?: { pool?: ConnectionPool }
  raw(sql: string): PromiseLike<unknown>
}
type GateState = { down: boolean; probedAt: number }

const states = new WeakMap<ConnectionPool, GateState>()

/** The pool's state, watched from the first request on: a failed new connection closes the gate. */
function watch(pool: ConnectionPool): GateState {
  let state = states.get(pool)
  if (!state) {
    const watched: GateState = { down: false, probedAt: 0 }
    pool.acquireTimeoutMillis = Math.min(
      pool.acquireTimeoutMillis,
      CONNECTION_WAIT_MS
    )
    pool.on("createFail", (_, error) => {
      if (isDatabaseUnavailable(error)) watched.down = true
    })
    pool.on("createSuccess", () => {
      watched.down = false
    })
    states.set(pool, watched)
    state = watched
  }
  return state
}

/**
 * Answers 503 at once while the database is known to be unreachable, instead of letting each
 * request wait for a connection that cannot be made; the liveness check `/health` stays
 * untouched so that an orchestrator does not restart a backend that only waits for PostgreSQL.
 */
export function databaseGate(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (req.path === "/health") return next()
  const pg = req.scope.resolve<PgConnection>(
    ContainerRegistrationKeys.PG_CONNECTION
  )
  const pool = pg.client?.pool
  if (!pool) return next()
  const state = watch(pool)
  if (!state.down) return next()
  const now = Date.now()
  if (now - state.probedAt >= PROBE_INTERVAL_MS) {
    state.probedAt = now
    pg.raw("select 1").then(
      () => {
        state.down = false
      },
      () => undefined
    )
  }
  answerUnavailable(res)
}
