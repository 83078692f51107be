// The engine half of the search benchmark (tests/bench/search-bench.mjs): replays the same
// `POST /store/search` bodies straight into the Search Module, in process, at the same number
// of concurrent callers. What it measures is the provider and its database, without Medusa's
// HTTP stack (publishable key, body parsing, sessions), which the HTTP figures include.
import fs from "node:fs"
import { performance } from "node:perf_hooks"
import type { ExecArgs, SearchTypes } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"

type Body = SearchTypes.SearchQuery
type Item = { kind: string; body: Body }
type Run = { name: string; warmup: Item[]; measured: Item[] }
type SearchModule = {
  searchMany: (queries: Body[]) => Promise<unknown[]>
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

// What /store/search adds for a shopper: published products of the key's sales channels.
function asStoreQuery(body: Body, salesChannelIds: string[]): Body {
  const { q, ...rest } = body.filters ?? {}
  const scope = {
    status: ProductStatus.PUBLISHED,
    sales_channel_ids: salesChannelIds,
  }
  return {
    ...body,
    filters: {
      ...(q ? { q } : {}),
      ...(Object.keys(rest).length ? { $and: [scope, rest] } : scope),
    },
  }
}

async function replay(
  search: SearchModule,
  bodies: Body[],
  connections: number,
  onDone: (index: number, ms: number) => void = () => {}
) {
  let next = 0
  const worker = async () => {
    while (next < bodies.length) {
      const index = next++
      const started = performance.now()
      await search.searchMany([bodies[index]])
      onDone(index, performance.now() - started)
    }
  }
  await Promise.all(Array.from({ length: connections }, worker))
}

export default async function benchSearchEngine({ container }: ExecArgs) {
  const file = process.env.BENCH_QUERIES_FILE
  const token = process.env.BENCH_PUBLISHABLE_KEY
  if (!file || !token) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "Run through tests/bench/search-bench.mjs: it sets BENCH_QUERIES_FILE and BENCH_PUBLISHABLE_KEY"
    )
  }
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 20)
  const runs: Run[] = JSON.parse(fs.readFileSync(file, "utf8"))
  const search = container.resolve(Modules.SEARCH)
  const { data: keys } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "api_key",
      fields: ["sales_channels_link.sales_channel_id"],
      filters: { token },
    })
  const [key] = keys as {
    sales_channels_link?: ({ sales_channel_id: string } | null)[]
  }[]
  const salesChannelIds = (key?.sales_channels_link ?? []).flatMap((link) =>
    link ? [link.sales_channel_id] : []
  )
  const scoped = (body: Body) => asStoreQuery(body, salesChannelIds)

  for (const run of runs) {
    await replay(
      search,
      run.warmup.map((item) => scoped(item.body)),
      connections
    )
    const latencies: number[] = []
    const byKind = new Map<string, number[]>()
    const started = performance.now()
    await replay(
      search,
      run.measured.map((item) => scoped(item.body)),
      connections,
      (index, ms) => {
        latencies.push(ms)
        const kind = run.measured[index].kind
        byKind.set(kind, [...(byKind.get(kind) ?? []), ms])
      }
    )
    const seconds = (performance.now() - started) / 1000
    const line = (label: string, values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b)
      return `  ${label.padEnd(10)} n=${String(sorted.length).padStart(5)}  p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  p99 ${percentile(sorted, 99).toFixed(1)} ms`
    }
    process.stdout.write(
      `\n${run.name}: ${latencies.length} searches by ${connections} concurrent callers in ${seconds.toFixed(1)} s — ${(latencies.length / seconds).toFixed(1)} searches/s\n`
    )
    process.stdout.write(`${line("all", latencies)}\n`)
    for (const [kind, values] of byKind) {
      process.stdout.write(`${line(kind, values)}\n`)
    }
  }
}
