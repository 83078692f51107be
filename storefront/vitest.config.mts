import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  test: {
    environment: "node",
    include: ["src/**/__tests__/*.test.ts", "eslint-rules/__tests__/*.test.ts"],
    // Linting with the full Next.js config loads its plugins once, which takes a few seconds.
    testTimeout: 60_000,
  },
})
