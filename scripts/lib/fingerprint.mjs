// A content hash of the inputs of a build, so `npm start` rebuilds only what changed.
import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const SKIP = new Set([
  "node_modules",
  ".next",
  ".medusa",
  ".data",
  "static",
  "test-results",
  "playwright-report",
  "__tests__",
])

function walk(entry, files) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) {
    return
  }
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) {
      if (!SKIP.has(name)) {
        walk(path.join(entry, name), files)
      }
    }
  } else {
    files.push(entry)
  }
}

export function fingerprint(root, entries) {
  const hash = createHash("sha256")
  const files = []
  for (const entry of entries) {
    walk(path.join(root, entry), files)
  }
  for (const file of files) {
    hash.update(path.relative(root, file))
    hash.update(fs.readFileSync(file))
  }
  return hash.digest("hex").slice(0, 16)
}
