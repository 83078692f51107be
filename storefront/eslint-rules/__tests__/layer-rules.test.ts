import { fileURLToPath } from "node:url"
import { ESLint } from "eslint"
import { describe, expect, it } from "vitest"

const storefrontDir = fileURLToPath(new URL("../..", import.meta.url))
const fixture = (name: string) => `eslint-rules/__fixtures__/${name}`

// The normal lint run ignores the fixtures; here they are linted with the real config.
const eslint = new ESLint({ cwd: storefrontDir, ignore: false })

async function ruleIds(name: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintFiles([fixture(name)])
  return result.messages
    .filter((message) => message.severity === 2)
    .map((message) => message.ruleId)
}

// The first lint loads the whole config and the TypeScript parser: seconds on a busy machine.
describe("storefront layer rules", { timeout: 60_000 }, () => {
  it.each([
    ["lib/imports-module.ts", "no-restricted-imports"],
    ["lib/imports-module-relative.ts", "no-restricted-imports"],
    ["lib/explicit-any.ts", "@typescript-eslint/no-explicit-any"],
    ["client/imports-server-only.tsx", "local/no-server-only-in-client"],
    [
      "client/imports-server-only-relative.tsx",
      "local/no-server-only-in-client",
    ],
  ])("rejects %s with %s", async (name, ruleId) => {
    expect(await ruleIds(name)).toEqual([ruleId])
  })

  it.each(["lib/clean.ts", "client/clean.tsx", "server-component.tsx"])(
    "accepts %s",
    async (name) => {
      expect(await ruleIds(name)).toEqual([])
    }
  )
})
