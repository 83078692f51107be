import { defineConfig } from "vitest/config"

// Medusa boots a whole application per spec file on one embedded PostgreSQL: files run one by
// one in forked processes so module singletons never leak between them.
export default defineConfig({
  test: {
    globals: true,
    include: ["integration-tests/http/**/*.spec.ts"],
    pool: "forks",
    fileParallelism: false,
    setupFiles: ["./integration-tests/setup.ts"],
    globalSetup: ["./integration-tests/global-setup.mts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    env: {
      MEDUSA_DISABLE_TELEMETRY: "true",
      NODE_ENV: "test",
      LOG_LEVEL: "error",
      TEST_TYPE: "integration:http",
    },
  },
})
