import fs from "node:fs"
import path from "node:path"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import "../add-to-cart-validate"

const SOURCE = path.resolve(__dirname, "../../..")
const HOOKS = path.resolve(__dirname, "..")

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" ? [] : sourceFiles(file)
    }
    return /\.tsx?$/.test(entry.name) ? [file] : []
  })
}

const kebab = (name: string) =>
  name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()

const registrations = sourceFiles(SOURCE).flatMap((file) =>
  [
    ...fs
      .readFileSync(file, "utf8")
      .matchAll(/\b([A-Za-z]+)Workflow\.hooks\.([A-Za-z]+)\(/g),
  ].map(([, workflow, hook]) => ({ file, workflow, hook }))
)

describe("core workflow hooks: one file, one handler each", () => {
  it("finds the hook files", () => {
    expect(registrations.length).toBeGreaterThanOrEqual(7)
  })

  it("registers every hook in workflows/hooks/<workflow>-<hook>.ts and nowhere else", () => {
    for (const { file, workflow, hook } of registrations) {
      expect(path.relative(SOURCE, file)).toBe(
        path.relative(
          SOURCE,
          path.join(HOOKS, `${kebab(workflow)}-${kebab(hook)}.ts`)
        )
      )
    }
  })

  it("registers each hook once", () => {
    const keys = registrations.map(
      ({ workflow, hook }) => `${workflow}.${hook}`
    )
    expect(new Set(keys).size).toBe(keys.length)
  })

  it("would be caught by Medusa if a second handler were added to a consumed hook", () => {
    // Read off the workflow first, so this deliberate second registration is not itself
    // mistaken for a hook file by source scans.
    const { hooks } = addToCartWorkflow
    expect(() => hooks.validate(async () => undefined)).toThrow(
      "Cannot define multiple hook handlers for the validate hook"
    )
  })
})
