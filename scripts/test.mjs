// `npm test`: typecheck, lint, unit tests, backend integration tests on a throw-away embedded
// PostgreSQL, then Playwright against the built storefront and a running backend. Its own
// database and ports, so it runs beside `npm start` without touching that data.
import fs from "node:fs"
import path from "node:path"
import { ensureDatabase, startPostgres } from "./lib/postgres.mjs"
import { elapsed, phase } from "./lib/phases.mjs"
import {
  assertPortFree,
  runCommand,
  startService,
  stopAll,
  waitForHttp,
} from "./lib/processes.mjs"
import {
  BACKEND_DIR,
  DATA_DIR,
  ROOT,
  STOREFRONT_DIR,
  backendEnv,
  bin,
  installDependencies,
} from "./lib/workspace.mjs"

const PG_PORT = Number(process.env.TEST_PG_PORT ?? 54329)
const BACKEND_PORT = Number(process.env.TEST_BACKEND_PORT ?? 9100)
const STOREFRONT_PORT = Number(process.env.TEST_STOREFRONT_PORT ?? 8100)
const RESULTS_DIR = path.join(DATA_DIR, `test-results-${BACKEND_PORT}`)
const E2E_DATA_DIR = path.join(DATA_DIR, `e2e-${BACKEND_PORT}`)

const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []

function countVitest(file) {
  const report = JSON.parse(fs.readFileSync(file, "utf8"))
  totals.passed += report.numPassedTests
  totals.failed += report.numFailedTests
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0)
}

function countPlaywright(file) {
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8"))
  totals.passed += stats.expected + stats.flaky
  totals.failed += stats.unexpected
  totals.skipped += stats.skipped
}

// `npm test -- --only=unit,e2e` runs a subset: typecheck, lint, unit, integration, deploy, e2e.
const onlyArgument = process.argv.find((arg) => arg.startsWith("--only="))
const only = onlyArgument ? new Set(onlyArgument.slice(7).split(",")) : null
// `npm test -- --only=e2e --e2e-files=cart-stock,preorder` runs the e2e files whose names match.
const e2eFilesArgument = process.argv.find((arg) =>
  arg.startsWith("--e2e-files=")
)
const e2eFiles = e2eFilesArgument
  ? e2eFilesArgument.slice("--e2e-files=".length).split(",").filter(Boolean)
  : []

/** Runs one step; a failure is recorded and the remaining independent steps still run. */
async function step(name, key, work) {
  if (only && !only.has(key)) {
    process.stdout.write(`- ${name} (not selected)\n`)
    return true
  }
  try {
    await phase(name, work)
    return true
  } catch (error) {
    failures.push(`${name}: ${error.message.split("\n")[0]}`)
    return false
  }
}

async function vitest(name, cwd, config, resultFile, env = {}) {
  const output = path.join(RESULTS_DIR, resultFile)
  const args = [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${output}`,
  ]
  if (config) {
    args.push("--config", config)
  }
  try {
    await runCommand(bin("vitest"), args, { cwd, env })
  } finally {
    if (fs.existsSync(output)) {
      countVitest(output)
    } else {
      totals.failed += 1
    }
  }
}

export async function test() {
  let postgres
  const cleanUp = async () => {
    await stopAll()
    await postgres?.stop()
  }
  process.on("SIGINT", async () => {
    await cleanUp()
    process.exit(130)
  })

  try {
    await phase(
      "Dependencies (pnpm install --frozen-lockfile)",
      installDependencies
    )
    fs.rmSync(RESULTS_DIR, { recursive: true, force: true })
    fs.mkdirSync(RESULTS_DIR, { recursive: true })

    // Each of these is single-threaded: two at a time keep both cores busy.
    await Promise.all([
      step("Typecheck", "typecheck", () =>
        runCommand(
          "pnpm",
          ["-r", "--workspace-concurrency=1", "run", "typecheck"],
          { cwd: ROOT }
        )
      ),
      step("Lint and format", "lint", async () => {
        await runCommand(
          "pnpm",
          ["-r", "--workspace-concurrency=1", "run", "lint"],
          { cwd: ROOT }
        )
        await runCommand(process.execPath, ["scripts/check-citations.mjs"], {
          cwd: ROOT,
        })
        await runCommand(bin("prettier"), ["--check", "."], {
          cwd: ROOT,
          quiet: true,
        })
      }),
    ])
    await Promise.all([
      step("Unit tests (backend)", "unit", () =>
        vitest(
          "backend",
          BACKEND_DIR,
          "vitest.unit.config.mts",
          "backend-unit.json"
        )
      ),
      step("Unit tests (storefront)", "unit", () =>
        vitest("storefront", STOREFRONT_DIR, null, "storefront-unit.json")
      ),
      // Every email template in both languages, as `npm run email:preview` writes them.
      step("Email preview", "unit", () =>
        runCommand(process.execPath, ["scripts/email-preview.mjs"], {
          cwd: ROOT,
          quiet: true,
        })
      ),
    ])

    await phase("Test database (embedded PostgreSQL)", async () => {
      await assertPortFree(PG_PORT, "test PostgreSQL")
      postgres = await startPostgres({
        root: ROOT,
        dataDir: path.join(DATA_DIR, `postgres-test-${PG_PORT}`),
        port: PG_PORT,
        ephemeral: true,
      })
    })
    const dbEnv = {
      DB_HOST: "localhost",
      DB_PORT: String(PG_PORT),
      DB_USERNAME: postgres.user,
      DB_PASSWORD: postgres.password,
      DATABASE_URL: postgres.url("postgres"),
    }
    await step(
      "Integration tests (backend, @medusajs/test-utils)",
      "integration",
      () =>
        vitest(
          "integration",
          BACKEND_DIR,
          "vitest.integration.config.mts",
          "backend-integration.json",
          dbEnv
        )
    )

    // The deployment tests mostly wait for processes to boot: the e2e's database, seed and
    // storefront build use that time, and the browsers start once both are done.
    let e2eWorld = null
    await Promise.all([
      step(
        "Deployment tests (compose topology, server + worker on Redis, faults)",
        "deploy",
        () =>
          vitest(
            "deploy",
            BACKEND_DIR,
            "vitest.deploy.config.mts",
            "backend-deploy.json"
          )
      ),
      step(
        "End-to-end preparation (database, seed, storefront build)",
        "e2e",
        async () => {
          e2eWorld = await prepareEndToEnd(postgres)
        }
      ),
    ])
    if (e2eWorld) {
      await step("End-to-end tests (Playwright, Chromium)", "e2e", () =>
        endToEnd(e2eWorld)
      )
    }
  } catch (error) {
    failures.push(error.message.split("\n")[0])
  } finally {
    await cleanUp()
  }

  process.stdout.write(`\nnpm test finished in ${elapsed()}.\n`)
  for (const failure of failures) {
    process.stdout.write(`  failed: ${failure}\n`)
  }
  process.stdout.write(
    `Summary: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`
  )
  return failures.length === 0 && totals.failed === 0 ? 0 : 1
}

/** Everything the browsers need that is made once: a migrated, seeded database and a build. */
async function prepareEndToEnd(postgres) {
  await assertPortFree(BACKEND_PORT, "e2e backend")
  await assertPortFree(STOREFRONT_PORT, "e2e storefront")
  await ensureDatabase({
    root: ROOT,
    connection: postgres,
    database: "market_e2e",
  })
  fs.rmSync(E2E_DATA_DIR, { recursive: true, force: true })
  const backendUrl = `http://localhost:${BACKEND_PORT}`
  const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
  const secrets = {
    jwt_secret: "e2e-jwt-secret-0123456789",
    cookie_secret: "e2e-cookie-secret-0123456789",
    revalidate_secret: "e2e-revalidate-secret-0123",
    vietqr_webhook_key: "e2e-vietqr-webhook-key-0123",
    vietqr_account_number: "102800000001",
    // A local VNPay terminal: the e2e signs VNPay's IPN with this secret.
    vnpay_tmn_code: "XTE2E001",
    vnpay_hash_secret: "E2EVNPAYHASHSECRET0123456789ABCD",
  }
  const env = {
    ...backendEnv({
      databaseUrl: postgres.url("market_e2e"),
      backendUrl,
      storefrontUrl,
      secrets,
      dataDir: E2E_DATA_DIR,
    }),
    MEDUSA_ADMIN_DISABLED: "true",
  }

  await runCommand(bin("medusa"), ["db:migrate"], {
    cwd: BACKEND_DIR,
    env,
    quiet: true,
  })
  await runCommand(bin("medusa"), ["exec", "./src/scripts/seed.ts"], {
    cwd: BACKEND_DIR,
    env,
    quiet: true,
  })
  const seed = JSON.parse(
    fs.readFileSync(path.join(E2E_DATA_DIR, "seed.json"), "utf8")
  )

  // One production build per run serves every e2e file; the backend URL and key come at run time.
  const distDir = { NEXT_DIST_DIR: `.next-test-${STOREFRONT_PORT}` }
  // The build sees every secret of the running shop, as a careless single-machine build would;
  // client-bundle.spec.ts then proves none of them reached the browser's files.
  const buildSecrets = {
    DATABASE_URL: env.DATABASE_URL,
    JWT_SECRET: env.JWT_SECRET,
    COOKIE_SECRET: env.COOKIE_SECRET,
    REVALIDATE_SECRET: env.REVALIDATE_SECRET,
    VIETQR_WEBHOOK_KEY: env.VIETQR_WEBHOOK_KEY,
    VNPAY_HASH_SECRET: env.VNPAY_HASH_SECRET,
  }
  await runCommand(bin("next"), ["build"], {
    cwd: STOREFRONT_DIR,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...distDir, ...buildSecrets },
    quiet: true,
  })
  return {
    env,
    seed,
    secrets,
    distDir,
    buildSecrets,
    backendUrl,
    storefrontUrl,
  }
}

async function endToEnd({
  env,
  seed,
  secrets,
  distDir,
  buildSecrets,
  backendUrl,
  storefrontUrl,
}) {
  const backend = startService(
    "e2e-backend",
    bin("medusa"),
    ["start", "--port", String(BACKEND_PORT)],
    {
      cwd: BACKEND_DIR,
      env: { ...env, NODE_ENV: "development", LOG_LEVEL: "warn" },
    }
  )
  await waitForHttp(`${backendUrl}/health`, {
    service: backend,
    timeoutMs: 240_000,
  })
  const storefront = startService(
    "e2e-storefront",
    bin("next"),
    ["start", "-p", String(STOREFRONT_PORT)],
    {
      cwd: STOREFRONT_DIR,
      env: {
        MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY: seed.publishable_key,
        REVALIDATE_SECRET: secrets.revalidate_secret,
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
        ...distDir,
      },
    }
  )
  await waitForHttp(`${storefrontUrl}/vi`, {
    service: storefront,
    timeoutMs: 120_000,
  })

  const output = path.join(RESULTS_DIR, "e2e.json")
  try {
    await runCommand(bin("playwright"), ["test", ...e2eFiles], {
      cwd: path.join(ROOT, "tests"),
      env: {
        STOREFRONT_URL: storefrontUrl,
        BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY: seed.publishable_key,
        // Sign-ins the seed generated (producer members, onboarder) for journeys that need them.
        MARKET_SEED_FILE: path.join(E2E_DATA_DIR, "seed.json"),
        VNPAY_TMN_CODE: secrets.vnpay_tmn_code,
        VNPAY_HASH_SECRET: secrets.vnpay_hash_secret,
        STOREFRONT_BUILD_DIR: path.join(STOREFRONT_DIR, distDir.NEXT_DIST_DIR),
        STOREFRONT_BUILD_SECRETS: JSON.stringify(Object.values(buildSecrets)),
        PLAYWRIGHT_JSON_OUTPUT_NAME: output,
      },
    })
  } finally {
    if (fs.existsSync(output)) {
      countPlaywright(output)
    } else {
      totals.failed += 1
    }
  }
}
