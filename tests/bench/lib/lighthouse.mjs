// Lighthouse 12 (the last major that runs on Node 20), mobile preset (its default), performance
// only, in headless Chromium. One run per call; the bench takes the median of its rounds.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { runCommand } from "../../../scripts/lib/processes.mjs"
import { bin } from "../../../scripts/lib/workspace.mjs"

const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium"
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
]

export const chromeAvailable = () => fs.existsSync(CHROME_PATH)

/** Performance score (0–100), CLS and the machine's benchmarkIndex of one mobile run. */
export async function lighthouseRun(url, { cookie } = {}) {
  const output = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), "bench-lh-")),
    "report.json"
  )
  try {
    await runCommand(
      bin("lighthouse"),
      [
        url,
        "--quiet",
        "--only-categories=performance",
        "--output=json",
        `--output-path=${output}`,
        `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
        ...(cookie
          ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`]
          : []),
      ],
      { env: { CHROME_PATH }, quiet: true }
    )
    const report = JSON.parse(fs.readFileSync(output, "utf8"))
    if (report.runtimeError) {
      throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`)
    }
    return {
      score: Math.round((report.categories.performance.score ?? NaN) * 100),
      cls: report.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
      benchmarkIndex: report.environment?.benchmarkIndex ?? NaN,
      finalUrl: report.finalDisplayedUrl ?? report.finalUrl,
    }
  } finally {
    fs.rmSync(path.dirname(output), { recursive: true, force: true })
  }
}

export const LIGHTHOUSE_PAGES = [
  { key: "home", path: "/vi" },
  { key: "product", path: "/vi/products/dau-tay-namanh" },
  { key: "search", path: `/vi/search?q=${encodeURIComponent("dâu")}` },
  { key: "portal", path: "/vi/portal", signedIn: true },
]

export function emptyLighthouseResults() {
  return {
    floor: [],
    pages: Object.fromEntries(LIGHTHOUSE_PAGES.map((page) => [page.key, []])),
  }
}

/** One run on each page and on the floor; the floor goes first on even rounds, last on odd. */
export async function lighthouseRound(
  round,
  { storefront, floor, cookie },
  results
) {
  const floorRun = async () =>
    results.floor.push(await lighthouseRun(`${floor.url}/`))
  if (round % 2 === 0) await floorRun()
  for (const page of LIGHTHOUSE_PAGES) {
    const run = await lighthouseRun(`${storefront.url}${page.path}`, {
      cookie: page.signedIn ? cookie : undefined,
    })
    if (page.signedIn && run.finalUrl?.includes("sign-in")) {
      throw new Error(
        `Lighthouse on the portal ended on ${run.finalUrl}: not signed in.`
      )
    }
    results.pages[page.key].push(run)
  }
  if (round % 2 === 1) await floorRun()
}
