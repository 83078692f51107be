// Container healthcheck for every backend mode (docker-compose.yml). A server is healthy when
// /health answers; a worker also needs a fresh heartbeat file, written by the scheduled job
// src/jobs/worker-heartbeat.ts, because a worker whose scheduler stalled still answers /health.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

const HEARTBEAT_MAX_AGE_MS = 60_000
const port = process.env.PORT ?? "9000"

function fail(reason) {
  process.stderr.write(`unhealthy: ${reason}\n`)
  process.exit(1)
}

try {
  const response = await fetch(`http://localhost:${port}/health`, {
    signal: AbortSignal.timeout(4000),
  })
  if (!response.ok) {
    fail(`/health answered ${response.status}`)
  }
} catch (error) {
  fail(`/health did not answer (${error.message})`)
}

if (process.env.MEDUSA_WORKER_MODE === "worker") {
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
