// Writes every email the market sends, in Vietnamese and English, to .email-preview/ as
// `<kind>.<locale>.html` and `<kind>.<locale>.txt` (the plain-text part), rendered from the
// sample facts in backend/src/notifications/sample-facts.ts. Needs no database: open the HTML
// files in a browser. QR images load while `npm start` runs the backend on localhost:9000.
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const BACKEND = path.join(ROOT, "backend")
const OUT = path.join(ROOT, ".email-preview")
const LOCALES = ["vi", "en"]

// The backend's own TypeScript setup (swc through ts-node), as its integration tests use it.
const requireFromBackend = createRequire(path.join(BACKEND, "package.json"))
requireFromBackend("ts-node").register({
  project: path.join(BACKEND, "tsconfig.json"),
  transpileOnly: true,
})
const { MESSAGE_KINDS } = requireFromBackend("./src/notifications/kinds")
const { renderEmail } = requireFromBackend("./src/notifications/render-email")
const { sampleFacts } = requireFromBackend("./src/notifications/sample-facts")

fs.rmSync(OUT, { recursive: true, force: true })
fs.mkdirSync(OUT, { recursive: true })
const index = []
for (const kind of MESSAGE_KINDS) {
  for (const locale of LOCALES) {
    const email = await renderEmail(kind, locale, sampleFacts(locale)[kind])
    const name = `${kind}.${locale}`
    fs.writeFileSync(path.join(OUT, `${name}.html`), email.html)
    fs.writeFileSync(
      path.join(OUT, `${name}.txt`),
      `Subject: ${email.subject}\n\n${email.text}\n`
    )
    index.push(`${name}.html  ${email.subject}`)
  }
}
process.stdout.write(
  `${index.length} emails written to ${path.relative(process.cwd(), OUT) || "."}/:\n${index.join("\n")}\n`
)
