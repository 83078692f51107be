import fs from "node:fs/promises"
import path from "node:path"
import { readMarketEnv } from "../config/env"

const HEARTBEAT_INTERVAL_MS = 15_000

/**
 * Proves that scheduled jobs still run: only a `worker` (or `shared`) process runs jobs, and
 * docker-compose's worker healthcheck fails when this file grows older than a few intervals.
 */
export default async function workerHeartbeatJob() {
  const file = readMarketEnv().WORKER_HEARTBEAT_FILE
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(
    file,
    `${JSON.stringify({ pid: process.pid, at: new Date().toISOString() })}\n`
  )
}

export const config = {
  name: "worker-heartbeat",
  schedule: { interval: HEARTBEAT_INTERVAL_MS },
}
