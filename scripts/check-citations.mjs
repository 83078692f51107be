// Source and docs speak only of this repository: no comment (or string) cites a tracker number
// (the word "issue" or "task" followed by a number) or a document outside the clone. Run by
// `npm run lint` and by the lint step of `npm test`; exits 1 with a line per citation found.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")

const SCANNED = [
  "backend/src",
  "backend/integration-tests",
  "storefront/src",
  "scripts",
  "tests",
  "docs",
  ".ci",
  "README.md",
  "docker-compose.yml",
]
const SKIPPED_DIRS = new Set([
  "node_modules",
  ".next",
  ".medusa",
  "test-results",
  "playwright-report",
])
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|md|ya?ml|sh)$|^run$/

const CITATIONS = [
  {
    pattern: /\b(?:issue|task|ticket)s?\s*(?:no\.?\s*)?#?\d+/i,
    why: "cites a tracker number; say why in the code's own terms",
  },
  {
    pattern: /(?:\bDESIGN|\bCONVENTIONS|\bDEVELOPERS)\.md\b|\.\.\/shared\//,
    why: "cites a document outside the repository",
  },
]

/** Every citation in `text`, with its 1-based line number. */
function findCitations(text) {
  const found = []
  text.split("\n").forEach((line, index) => {
    for (const { pattern, why } of CITATIONS) {
      const match = line.match(pattern)
      if (match) found.push({ line: index + 1, text: match[0], why })
    }
  })
  return found
}

function* sourceFiles(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return
  if (stat.isFile()) {
    if (SOURCE_FILE.test(path.basename(entry))) yield entry
    return
  }
  for (const child of fs.readdirSync(entry)) {
    if (!SKIPPED_DIRS.has(child) && !child.startsWith(".next-")) {
      yield* sourceFiles(path.join(entry, child))
    }
  }
}

// The check proves itself first: a pattern that stopped matching would pass every tree.
// The samples are assembled from a word and a number so that this file cites nothing itself.
const SELF_TEST = [
  ["// Issue", 4, ": shoppers type without marks"],
  ["/* as DESIGN", ".md says */"],
  ["# see ..", "/shared/context for why"],
  ["// task #", 12, " asked for this"],
].map((parts) => parts.join(""))
const missed = SELF_TEST.filter((line) => findCitations(line).length === 0)
if (missed.length > 0) {
  process.stderr.write(
    `check-citations no longer catches: ${missed.join(" | ")}\n`
  )
  process.exit(1)
}

let count = 0
for (const entry of SCANNED) {
  for (const file of sourceFiles(path.join(ROOT, entry))) {
    for (const { line, text, why } of findCitations(
      fs.readFileSync(file, "utf8")
    )) {
      process.stderr.write(
        `${path.relative(ROOT, file)}:${line}: "${text}" ${why}\n`
      )
      count += 1
    }
  }
}
if (count > 0) {
  process.stderr.write(
    `${count} citation(s) of things outside the repository\n`
  )
  process.exit(1)
}
