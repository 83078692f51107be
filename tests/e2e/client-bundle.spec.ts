import fs from "node:fs"
import path from "node:path"
import { expect, test } from "./fixtures"
import { SCREEN_INDEPENDENT } from "./tags"

// Everything under the build's static/ folder is downloadable by anyone: the scripts, styles and
// chunks a browser loads. The e2e build is made with every secret of the running shop in its
// environment, as a careless single-machine build would be, so a secret that leaks into
// client code through `NEXT_PUBLIC_`, next.config's `env` or a client import is caught here.

const REPOSITORY = path.resolve(__dirname, "../..")

/** Keys and tokens by shape, whoever's they are. */
const SECRET_SHAPES: [string, RegExp][] = [
  ["Stripe secret key", /\b[sr]k_(live|test)_[A-Za-z0-9]{10,}/],
  ["Stripe webhook secret", /\bwhsec_[A-Za-z0-9]{10,}/],
  ["private key", /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ["database address", /\bpostgres(ql)?:\/\/[^\s"'`]+@/],
  ["Redis address", /\brediss?:\/\/[^\s"'`]+/],
]

/** The addresses the compose file wires between services: reachable only inside its network. */
function internalAddresses(): string[] {
  const compose = fs.readFileSync(
    path.join(REPOSITORY, "docker-compose.yml"),
    "utf8"
  )
  const found = compose.match(/\b[a-z]+:\/\/[a-z][a-z0-9-]*:\d+/g) ?? []
  return [...new Set(found)].filter((address) => !address.includes("localhost"))
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? filesUnder(path.join(dir, entry.name))
        : [path.join(dir, entry.name)]
    )
}

test(
  "the client bundle holds no secret key, webhook key or internal address",
  SCREEN_INDEPENDENT,
  () => {
    const buildDir = process.env.STOREFRONT_BUILD_DIR
    const secrets: string[] = JSON.parse(
      process.env.STOREFRONT_BUILD_SECRETS ?? "[]"
    )
    expect(buildDir, "npm test names the storefront build").toBeTruthy()
    expect(secrets.length, "the secrets the build saw").toBeGreaterThan(3)
    const addresses = internalAddresses()
    expect(addresses).toContain("http://backend:9000")

    const files = filesUnder(path.join(buildDir!, "static")).filter((file) =>
      /\.(js|css|json|txt|map)$/.test(file)
    )
    const found: string[] = []
    let bytes = 0
    let withShopCode = 0
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8")
      bytes += text.length
      // Proof that the scan reads the shop's own client code: the add-to-cart button's.
      if (text.includes("add-to-cart-status")) withShopCode += 1
      const name = path.relative(buildDir!, file)
      for (const [what, shape] of SECRET_SHAPES) {
        if (shape.test(text)) found.push(`${name}: ${what}`)
      }
      for (const secret of secrets.filter((value) => text.includes(value))) {
        found.push(`${name}: the build's secret ${secret.slice(0, 6)}…`)
      }
      for (const address of addresses.filter((value) => text.includes(value))) {
        found.push(`${name}: internal address ${address}`)
      }
    }

    expect(files.length, "client files scanned").toBeGreaterThan(20)
    expect(bytes, "client bytes scanned").toBeGreaterThan(300_000)
    expect(
      withShopCode,
      "files with the shop's own client code"
    ).toBeGreaterThan(0)
    expect(found).toEqual([])
  }
)
