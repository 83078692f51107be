import { fileURLToPath } from "node:url"
import { defineConfig, globalIgnores } from "eslint/config"
import nextVitals from "eslint-config-next/core-web-vitals"
import nextTs from "eslint-config-next/typescript"
import noServerOnlyInClient from "./eslint-rules/no-server-only-in-client.mjs"

// The fixtures are linted as if they sat in src/, so the layer rules below name them too.
const FIXTURES = "eslint-rules/__fixtures__"

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: { "@typescript-eslint/no-explicit-any": "error" },
  },
  {
    // The data layer serves the screens, never the other way round.
    files: ["src/lib/**/*.{ts,tsx}", `${FIXTURES}/lib/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/modules|(\\.{1,2}/)+(.*/)?modules)(/|$)",
              message:
                "src/lib may not import src/modules: move the shared code into src/lib.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}", `${FIXTURES}/**/*.{ts,tsx}`],
    plugins: {
      local: { rules: { "no-server-only-in-client": noServerOnlyInClient } },
    },
    rules: {
      "local/no-server-only-in-client": [
        "error",
        { srcDir: fileURLToPath(new URL("./src", import.meta.url)) },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "out/**",
    "next-env.d.ts",
    `${FIXTURES}/**`,
  ]),
])
