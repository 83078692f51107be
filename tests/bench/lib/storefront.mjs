// The storefront (built once, served against the market backend) and the floor: a trivial Next 16
// page built and served the same way in the same run.
import path from "node:path"
import {
  runCommand,
  startService,
  waitForHttp,
} from "../../../scripts/lib/processes.mjs"
import { ROOT, STOREFRONT_DIR, bin } from "../../../scripts/lib/workspace.mjs"
import { servingProcess } from "./proc.mjs"

export const FLOOR_DIR = path.join(ROOT, "tests", "bench", "floor-next")
const DIST_DIR = ".next-bench"
const NEXT_ENV = { NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST_DIR }

export const PAGES = [
  { key: "home", path: "/vi", cached: true },
  { key: "product", path: "/vi/products/dau-tay-namanh", cached: true },
  { key: "producer", path: "/vi/producers/namanh-farm", cached: true },
  { key: "producers", path: "/vi/producers", cached: true },
  { key: "catalogue", path: "/vi/products", cached: true },
  { key: "search", path: `/vi/search?q=${encodeURIComponent("dâu")}` },
]
export const PORTAL_PATH = "/vi/portal"

export async function buildBoth() {
  // One after the other: each build keeps both cores busy.
  await runCommand(bin("next"), ["build"], {
    cwd: STOREFRONT_DIR,
    env: NEXT_ENV,
    quiet: true,
  })
  await runCommand(bin("next"), ["build"], {
    cwd: FLOOR_DIR,
    env: NEXT_ENV,
    quiet: true,
  })
}

async function startNext(name, cwd, port, env, readyPath) {
  const service = startService(
    name,
    bin("next"),
    ["start", "-p", String(port)],
    {
      cwd,
      env: { ...NEXT_ENV, NODE_ENV: "production", ...env },
    }
  )
  const url = `http://localhost:${port}`
  await waitForHttp(`${url}${readyPath}`, { service, timeoutMs: 120_000 })
  return { url, process: servingProcess(service.pid, port) }
}

export function startStorefront({ port, backend, revalidateSecret }) {
  return startNext(
    "storefront",
    STOREFRONT_DIR,
    port,
    {
      MEDUSA_BACKEND_URL: backend.url,
      MEDUSA_PUBLISHABLE_KEY: backend.seed.publishable_key,
      REVALIDATE_SECRET: revalidateSecret,
    },
    "/vi"
  )
}

export function startFloor(port) {
  return startNext("floor", FLOOR_DIR, port, {}, "/")
}
