import { readFileSync } from "node:fs"
import path from "node:path"
import { ESLint } from "eslint"

/**
 * Lints the files under eslint-fixtures/ with the backend's real ESLint config, each as if it
 * sat at the same path under the backend (eslint-fixtures/src/api/x.ts is linted as src/api/x.ts),
 * so the layer rules see real import targets. The normal lint run ignores the fixtures.
 */
const backendDir = path.resolve(__dirname, "../..")
const eslint = new ESLint({ cwd: backendDir })

const BOUNDARY_RULE = "import/no-restricted-paths"
const ANY_RULE = "@typescript-eslint/no-explicit-any"

async function ruleIdsOf(fixture: string): Promise<(string | null)[]> {
  const text = readFileSync(
    path.join(backendDir, "eslint-fixtures", fixture),
    "utf8"
  )
  const [result] = await eslint.lintText(text, {
    filePath: path.join(backendDir, fixture),
  })
  return result.messages.map((message) => message.ruleId)
}

// The first lint loads the whole config and the TypeScript parser: seconds on a busy machine.
describe("backend layer rules", { timeout: 60_000 }, () => {
  it.each([
    [
      "the portal importing the admin's API folder",
      "src/api/producer/imports-admin.ts",
    ],
    [
      "onboarding importing the portal's API folder",
      "src/api/onboarding/imports-producer.ts",
    ],
    [
      "a nested store route importing onboarding",
      "src/api/store/producers/imports-onboarding.ts",
    ],
    [
      "a module importing a workflow",
      "src/modules/producer/imports-workflow.ts",
    ],
    ["a module importing the HTTP layer", "src/modules/ocop/imports-api.ts"],
  ])("rejects %s", async (_case, fixture) => {
    expect(await ruleIdsOf(fixture)).toEqual([BOUNDARY_RULE])
  })

  it("rejects an explicit any", async () => {
    expect(await ruleIdsOf("src/utils/explicit-any.ts")).toEqual([ANY_RULE])
  })

  it("accepts an actor's own folder, src/api/utils and src/utils", async () => {
    expect(await ruleIdsOf("src/api/producer/imports-shared.ts")).toEqual([])
  })
})
