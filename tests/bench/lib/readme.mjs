// Writes the latest table into tests/bench/README.md, below the marker; the text above it (how
// to run, what each figure means) stays as written.
import fs from "node:fs"
import path from "node:path"
import { ROOT } from "../../../scripts/lib/workspace.mjs"

const README = path.join(ROOT, "tests", "bench", "README.md")
const MARKER = "<!-- latest run: written by tests/bench/bench.mjs -->"

export function writeLatestRun(text) {
  const current = fs.existsSync(README) ? fs.readFileSync(README, "utf8") : ""
  const at = current.indexOf(MARKER)
  const head = at === -1 ? `${current.trimEnd()}\n\n` : current.slice(0, at)
  fs.writeFileSync(README, `${head}${MARKER}\n\n${text.trim()}\n`)
}
