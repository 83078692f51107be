import { defineConfig } from "vitest/config"

// The deployment proof: docker-compose and the Dockerfiles read as data, and a `server` +
// `worker` pair of real backend processes sharing one PostgreSQL and one Redis.
export default defineConfig({
  test: {
    globals: true,
    include: ["integration-tests/deploy/**/*.spec.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 600_000,
    env: {
      MEDUSA_DISABLE_TELEMETRY: "true",
    },
  },
})
