// The bench's table: each figure beside its reference, the ratio, the goal and the verdict.
// Markdown, so that the same text prints and goes into tests/bench/README.md.
import { API_ROUTES } from "./api-pairs.mjs"
import { PAGES } from "./storefront.mjs"
import { median, verdict, withSpread } from "./stats.mjs"

const fixed = (value, digits = 1) =>
  Number.isFinite(value) ? value.toFixed(digits) : "–"
const NOT_MEASURED = "not measured yet"

function row(figure, ours, reference, ratio, goal, result) {
  return `| ${figure} | ${ours} | ${reference} | ${ratio} | ${goal} | ${result} |`
}

const pick = (runs, key) => runs.map((run) => run[key])
const pairRatios = (ours, theirs, key) =>
  ours.map((run, i) => run[key] / theirs[i]?.[key])

function apiRows(api) {
  const rows = []
  for (const route of API_ROUTES) {
    const { ours, vanilla } = api[route.key]
    if (!ours.length) continue
    const isHealth = route.key === "health"
    const key = isHealth ? "rps" : "cpuPerRequest"
    const ratios = pairRatios(ours, vanilla, key)
    const goal = isHealth ? "≥ 0.95 × vanilla" : "≤ 1.0 × vanilla"
    const meets = isHealth ? (r) => r >= 0.95 : (r) => r <= 1.0
    const describe = (runs) => {
      const errors = pick(runs, "errors").reduce((sum, n) => sum + n, 0)
      return `${fixed(median(pick(runs, "cpuPerRequest")), 2)} ms CPU/req, ${fixed(median(pick(runs, "rps")))} req/s, p97.5 ${fixed(median(pick(runs, "p975")), 0)} ms${errors ? `, ${errors} errors` : ""}`
    }
    rows.push(
      row(
        `${route.label}: ${isHealth ? "req/s" : "CPU per request"}`,
        describe(ours),
        describe(vanilla),
        withSpread(ratios),
        goal,
        verdict(ratios, meets)
      )
    )
  }
  return rows
}

function rssRows(rss) {
  if (!rss) return [row("RSS 30 s after load", NOT_MEASURED, "", "", "", "")]
  const ratio = rss.ours / rss.vanilla
  return [
    row(
      "Backend RSS 30 s after load",
      `${fixed(rss.ours, 0)} MB`,
      `${fixed(rss.vanilla, 0)} MB (vanilla)`,
      fixed(ratio, 2),
      "≤ 1.1 × vanilla",
      verdict([ratio], (r) => r <= 1.1)
    ),
    row(
      "Storefront RSS 30 s after load",
      `${fixed(rss.storefront, 0)} MB`,
      `dtc-starter: not measured (not reachable here, only the npm registry is); floor ${fixed(rss.floor, 0)} MB`,
      "–",
      "≤ 1.0 × dtc-starter",
      "not measured"
    ),
  ]
}

function pageRows(pages, facts) {
  const rows = []
  if (!pages) return [row("Storefront pages", NOT_MEASURED, "", "", "", "")]
  const homeRps = pick(pages.home, "rps")
  for (const page of PAGES) {
    const runs = pages[page.key]
    const fact = facts[page.key]
    const rps = pick(runs, "rps")
    const p975 = pick(runs, "p975")
    const label = `Page ${page.key} (${page.path})`
    if (page.cached) {
      rows.push(
        row(
          `${label}: req/s, p97.5`,
          `${withSpread(rps, 0)} req/s, p97.5 ${fixed(median(p975), 0)} ms`,
          "",
          "",
          "≥ 300 req/s, p97.5 ≤ 250 ms",
          verdict(
            runs.map((run) => Number(run.rps >= 300 && run.p975 <= 250)),
            (met) => met === 1
          )
        ),
        row(
          `${label}: repeat request, HTML`,
          `x-nextjs-cache ${fact.cache}, ${fixed(fact.htmlBytes / 1024)} KB`,
          "",
          "",
          "HIT, ≤ 60 KB",
          fact.cache === "HIT" && fact.htmlBytes <= 60 * 1024
            ? "met"
            : "not met"
        )
      )
    } else {
      rows.push(
        row(
          `${label}: repeated query`,
          `${withSpread(rps, 0)} req/s, p97.5 ${fixed(median(p975), 0)} ms`,
          "",
          "",
          "≥ 150 req/s",
          verdict(rps, (r) => r >= 150)
        )
      )
    }
    if (page.key === "producers" || page.key === "catalogue") {
      const ratios = rps.map((r, i) => r / homeRps[i])
      rows.push(
        row(
          `${label}: req/s / home's`,
          withSpread(ratios),
          `home ${withSpread(homeRps, 0)} req/s`,
          withSpread(ratios),
          "≥ 0.8 × home",
          verdict(ratios, (r) => r >= 0.8)
        )
      )
    }
  }
  return rows
}

function firstLoadRows(js) {
  if (!js) return [row("First-load JS", NOT_MEASURED, "", "", "", "")]
  return Object.entries(js.ours).map(([key, kb]) => {
    const strict = key === "home" || key === "product"
    const limit = strict ? 125 : js.floor + 15
    return row(
      `First-load JS, ${key}`,
      `${fixed(kb)} KB`,
      `floor ${fixed(js.floor)} KB`,
      fixed(kb / js.floor, 2),
      strict ? "≤ 125 KB" : `≤ floor + 15 KB (${fixed(limit)})`,
      kb <= limit ? "met" : "not met"
    )
  })
}

function lighthouseRows(lh) {
  if (!lh) return [row("Lighthouse mobile", NOT_MEASURED, "", "", "", "")]
  const floorScores = pick(lh.floor, "score")
  const rows = []
  for (const [key, runs] of Object.entries(lh.pages)) {
    const scores = pick(runs, "score")
    const gaps = scores.map((s, i) => s - floorScores[i])
    const cls = pick(runs, "cls")
    rows.push(
      row(
        `Lighthouse mobile, ${key}`,
        `${withSpread(scores, 0)}, CLS ${fixed(Math.max(...cls), 3)} (worst)`,
        `floor ${withSpread(floorScores, 0)}`,
        `${withSpread(gaps, 0)} points`,
        "≥ floor − 3; CLS ≤ 0.02",
        [verdict(gaps, (g) => g >= -3), verdict(cls, (c) => c <= 0.02)].join(
          "; "
        )
      )
    )
  }
  return rows
}

function raceRows(race, settings) {
  if (!race) return [row("Checkout race", NOT_MEASURED, "", "", "", "")]
  const all = race.losersToldOutOfStock === race.losers
  return [
    row(
      `Checkout race (${settings.buyers} buyers over ${settings.seconds} s, ${settings.units} units)`,
      `${race.orders} orders, ${race.serverErrors} 5xx`,
      "",
      "",
      `exactly ${settings.units} orders, 0 5xx`,
      race.orders === settings.units && race.serverErrors === 0
        ? "met"
        : "not met"
    ),
    row(
      "Checkout race: winners' completion p95",
      `${fixed(race.winnerP95, 0)} ms`,
      "",
      "",
      "≤ 1500 ms",
      verdict([race.winnerP95], (ms) => ms <= 1500)
    ),
    row(
      "Checkout race: losers told out of stock",
      `${race.losersToldOutOfStock}/${race.losers}, slowest refusal ${fixed(race.loserMax, 0)} ms`,
      "",
      "",
      "all, within 1000 ms",
      all && race.loserMax <= 1000 ? "met" : "not met"
    ),
  ]
}

function producerOrdersRows(orders, count) {
  if (!orders) {
    return [row("Producer with many orders", NOT_MEASURED, "", "", "", "")]
  }
  return orders.map((entry) =>
    row(
      `Producer with ${count} orders: ${entry.label}`,
      `HTTP ${entry.status}, ${fixed(entry.bytes / 1024)} KB, p50 ${fixed(entry.p50, 0)} ms, max ${fixed(entry.max, 0)} ms (one at a time)`,
      "",
      "",
      "(figures only)",
      "–"
    )
  )
}

export function renderTable(results, settings) {
  return [
    "| Figure | Ours | Reference | Ratio | Goal | Verdict |",
    "| --- | --- | --- | --- | --- | --- |",
    ...apiRows(results.api),
    ...rssRows(results.rss),
    ...pageRows(results.pages, results.pageFacts ?? {}),
    ...firstLoadRows(results.firstLoadJs),
    ...lighthouseRows(results.lighthouse),
    ...raceRows(results.race, settings.race),
    ...producerOrdersRows(results.producerOrders, settings.producerOrders),
  ].join("\n")
}
