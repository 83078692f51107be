// Container healthcheck for every backend mode (docker-compose.yml). A server is healthy when
// /health/ready answers 200, that is when PostgreSQL and Redis answer it too. A worker serves no
// API route, only Medusa's /health: it also needs a fresh heartbeat file, written by the
// scheduled job src/jobs/worker-heartbeat.ts, because a worker whose scheduler stalled still
// answers /health.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

const HEARTBEAT_MAX_AGE_MS = 60_000
const port = process.env.PORT ?? "9000"
const worker = process.env.MEDUSA_WORKER_MODE === "worker"
const probe = worker ? "/health" : "/health/ready"

function fail(reason) {
  process.stderr.write(`unhealthy: ${reason}\n`)
  process.exit(1)
}

try {
  const response = await fetch(`http://localhost:${port}${probe}`, {
    signal: AbortSignal.timeout(4000),
  })
  if (!response.ok) {
    const body = await response.text().catch(() => "")
    fail(`${probe} answered ${response.status} ${body}`.trim())
  }
} catch (error) {
  fail(`${probe} did not answer (${error.message})`)
}

if (worker) {
  const file =
    process.env.WORKER_HEARTBEAT_FILE ||
    path.join(os.tmpdir(), "xuan-tho-worker-heartbeat.json")
  let age
  try {
    age = Date.now() - fs.statSync(file).mtimeMs
  } catch {
    fail(`no worker heartbeat yet at ${file}`)
  }
  if (age > HEARTBEAT_MAX_AGE_MS) {
    fail(`worker heartbeat is ${Math.round(age / 1000)} s old`)
  }
}
