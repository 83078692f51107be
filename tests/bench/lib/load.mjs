// Load with autocannon: BENCH_CONNECTIONS connections for BENCH_SECONDS, after a short warm-up.
import autocannon from "autocannon"

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const WARMUP_SECONDS = Math.max(1, Math.round(SECONDS / 5))
// A slow answer is a figure, not an error: only one that takes longer than this is given up.
const TIMEOUT_SECONDS = 60

function run(url, headers, duration) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        headers,
        connections: CONNECTIONS,
        duration,
        timeout: TIMEOUT_SECONDS,
      },
      (error, result) => (error ? reject(error) : resolve(result))
    )
  })
}

/**
 * req/s (answers over the run), p97.5 latency and the answers counted; `around` is read right
 * before and right after the measured run (a CPU reading) and its difference is `cost`;
 * `settle` is awaited before the warm-up and before the measured run (the servers idle).
 */
export async function measure(url, { headers = {}, around, settle } = {}) {
  await settle?.()
  await run(url, headers, WARMUP_SECONDS)
  await settle?.()
  const before = around?.()
  const result = await run(url, headers, SECONDS)
  const after = around?.()
  const answered = result["2xx"] + result.non2xx
  return {
    rps: answered / (result.duration || SECONDS),
    p975: result.latency.p97_5,
    answered,
    ok: result["2xx"],
    errors: result.errors + result.timeouts + result.non2xx,
    cost: before === undefined ? undefined : after - before,
  }
}

/** `amount` requests at `connections`; the 2xx count and the status of a failed one, if any. */
export function requests(url, headers, amount, connections) {
  let firstStatus
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, headers, connections, amount, timeout: TIMEOUT_SECONDS },
      (error, result) =>
        error ? reject(error) : resolve({ ok: result["2xx"], firstStatus })
    )
    instance.on("response", (_client, statusCode) => {
      if (statusCode >= 300) firstStatus ??= statusCode
    })
  })
}
