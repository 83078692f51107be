import path from "node:path"
import { fileURLToPath } from "node:url"
import medusa from "@medusajs/eslint-plugin"
import importPlugin from "eslint-plugin-import"
import tseslint from "typescript-eslint"

const backendDir = path.dirname(fileURLToPath(import.meta.url))

/**
 * Each actor reaches the backend through its own API folder. What two actors share lives in
 * `src/api/utils`, in `src/utils` or in a workflow, never in another actor's folder: that way
 * a change to one actor's answers cannot silently change another's.
 */
const ACTOR_API_FOLDERS = [
  "admin",
  "store",
  "producer",
  "onboarding",
  "invites",
  "hooks",
]

const actorZones = ACTOR_API_FOLDERS.map((actor) => ({
  target: `./src/api/${actor}`,
  from: "./src/api",
  except: [`./${actor}`, "./utils"],
  message: `src/api/${actor} may not import another actor's API folder: move what both need to src/api/utils or src/utils.`,
}))

/** Modules are the bottom layer: routes and workflows call them, never the other way. */
const moduleZone = {
  target: "./src/modules",
  from: ["./src/api", "./src/workflows"],
  message:
    "A module may not import routes or workflows: keep it self-contained and let the workflow call it.",
}

export default tseslint.config(
  {
    ignores: [
      ".medusa/**",
      "static/**",
      "src/modules/**/migrations/**",
      // Files the layer rules must reject; the lint-boundaries unit test lints them on purpose.
      "eslint-fixtures/**",
    ],
  },
  ...tseslint.configs.recommended,
  ...medusa.configs.recommended,
  // Medusa's preset ignores integration-tests, __tests__ folders and *.spec.* files; lint ours anyway.
  { ignores: ["!integration-tests/**", "!src/**/__tests__/**"] },
  {
    plugins: { import: importPlugin },
    settings: {
      "import/resolver": {
        node: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
      },
    },
    rules: {
      "no-console": "error",
      "@typescript-eslint/no-explicit-any": "error",
      // VND has no minor unit: 120000 is 120.000 ₫, already the major unit.
      "@medusajs/prices-in-major-units": "off",
      "import/no-restricted-paths": [
        "error",
        { basePath: backendDir, zones: [...actorZones, moduleZone] },
      ],
    },
  },
  {
    files: ["integration-tests/**/*.ts", "src/**/__tests__/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // A test throws to fail, not to answer an HTTP request.
      "@medusajs/use-medusa-error-not-generic-error": "off",
    },
  }
)
