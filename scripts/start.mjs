// `npm start` (built, production-like) and `npm run dev` (hot reload): one command from a fresh
// clone to a serving market on :9000 (backend, Medusa Admin at /app) and :8000 (storefront).
import fs from "node:fs"
import path from "node:path"
import { provideDatabase, queryValue } from "./lib/database.mjs"
import { fingerprint } from "./lib/fingerprint.mjs"
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
  localSecrets,
  readJson,
  writeJson,
} from "./lib/workspace.mjs"

const BACKEND_PORT = Number(process.env.BACKEND_PORT ?? 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT ?? 8000)
const PG_PORT = Number(process.env.MARKET_PG_PORT ?? 54321)
const STATE_FILE = path.join(DATA_DIR, "state.json")

const BACKEND_INPUTS = [
  "backend/src",
  "backend/medusa-config.ts",
  "backend/package.json",
  "backend/tsconfig.json",
  "pnpm-lock.yaml",
]
const MIGRATION_INPUTS = [
  "backend/src/modules",
  "backend/src/links",
  "backend/src/migration-scripts",
  "backend/src/search",
  "backend/medusa-config.ts",
  "pnpm-lock.yaml",
]
const STOREFRONT_INPUTS = [
  "storefront/src",
  "storefront/messages",
  "storefront/public",
  "storefront/next.config.ts",
  "storefront/package.json",
  "storefront/postcss.config.mjs",
  "storefront/tsconfig.json",
  "pnpm-lock.yaml",
]

export async function start({ dev }) {
  let database
  let stopping = false
  const shutdown = async (code) => {
    if (stopping) {
      return
    }
    stopping = true
    process.stdout.write("\nStopping the market…\n")
    await stopAll()
    await database?.embedded?.stop()
    process.stdout.write(
      database?.embedded ? "Stopped, PostgreSQL included.\n" : "Stopped.\n"
    )
    process.exit(code)
  }
  process.on("SIGINT", () => shutdown(0))
  process.on("SIGTERM", () => shutdown(0))

  try {
    await phase(
      "Dependencies (pnpm install --frozen-lockfile)",
      installDependencies
    )
    await phase("Ports", async () => {
      await assertPortFree(BACKEND_PORT, "backend")
      await assertPortFree(STOREFRONT_PORT, "storefront")
      if (!process.env.DATABASE_URL) {
        await assertPortFree(PG_PORT, "embedded PostgreSQL")
      }
    })
    database = await phase("Database", () => provideDatabase({ port: PG_PORT }))
    process.stdout.write(`  ${database.note}\n`)

    const backendUrl = `http://localhost:${BACKEND_PORT}`
    const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
    const secrets = localSecrets()
    const env = backendEnv({
      databaseUrl: database.url,
      backendUrl,
      storefrontUrl,
      secrets,
    })
    const state = readJson(STATE_FILE, {})

    const migrationKey = `${fingerprint(ROOT, MIGRATION_INPUTS)}:${database.url}`
    if (state.migrations !== migrationKey) {
      await phase("Migrations (medusa db:migrate)", () =>
        runCommand(bin("medusa"), ["db:migrate"], {
          cwd: BACKEND_DIR,
          env,
          quiet: true,
        })
      )
      writeJson(STATE_FILE, {
        ...readJson(STATE_FILE, {}),
        migrations: migrationKey,
      })
    } else {
      process.stdout.write("✔ Migrations (up to date)\n")
    }

    const seeded = await queryValue(
      database.url,
      "SELECT metadata->>'market_seed' FROM store WHERE metadata ? 'market_seed' LIMIT 1"
    )
    if (!seeded) {
      await phase("Seed the catalogue (first start only)", () =>
        runCommand(bin("medusa"), ["exec", "./src/scripts/seed.ts"], {
          cwd: BACKEND_DIR,
          env,
          quiet: true,
        })
      )
    } else {
      process.stdout.write("✔ Seed (already seeded; nothing changed)\n")
    }

    const seed = readJson(path.join(DATA_DIR, "seed.json"), {})
    let backend
    let storefront
    const onCrash = (name) => (code, signal) => {
      if (!stopping) {
        process.stderr.write(
          `${name} stopped unexpectedly (${signal ?? code}).\n`
        )
        shutdown(1)
      }
    }
    const storefrontEnv = {
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: seed.publishable_key ?? "",
      REVALIDATE_SECRET: secrets.revalidate_secret,
      NEXT_TELEMETRY_DISABLED: "1",
    }

    if (dev) {
      backend = startService(
        "backend",
        bin("medusa"),
        ["develop", "--port", String(BACKEND_PORT)],
        {
          cwd: BACKEND_DIR,
          env: { ...env, NODE_ENV: "development" },
          onExit: onCrash("The backend"),
        }
      )
      storefront = startService(
        "storefront",
        bin("next"),
        ["dev", "-p", String(STOREFRONT_PORT)],
        {
          cwd: STOREFRONT_DIR,
          env: storefrontEnv,
          onExit: onCrash("The storefront"),
        }
      )
    } else {
      const builds = readJson(STATE_FILE, {})
      const backendKey = fingerprint(ROOT, BACKEND_INPUTS)
      const storefrontKey = fingerprint(ROOT, STOREFRONT_INPUTS)
      const serverDir = path.join(BACKEND_DIR, ".medusa", "server")
      const backendStale =
        builds.backend !== backendKey ||
        !fs.existsSync(path.join(serverDir, "medusa-config.js"))
      const storefrontStale =
        builds.storefront !== storefrontKey ||
        !fs.existsSync(path.join(STOREFRONT_DIR, ".next", "BUILD_ID"))
      // The admin bundle needs ~2 GB, so the two builds run one after the other on small machines.
      if (backendStale) {
        await phase("Build the backend and Medusa Admin (medusa build)", () =>
          runCommand(bin("medusa"), ["build"], {
            cwd: BACKEND_DIR,
            env: { ...env, NODE_ENV: "production" },
            quiet: true,
          })
        )
        writeJson(STATE_FILE, {
          ...readJson(STATE_FILE, {}),
          backend: backendKey,
        })
      } else {
        process.stdout.write("✔ Backend build (up to date)\n")
      }
      linkUploads(serverDir)
      if (storefrontStale) {
        await phase("Build the storefront (next build)", () =>
          runCommand(bin("next"), ["build"], {
            cwd: STOREFRONT_DIR,
            env: { NEXT_TELEMETRY_DISABLED: "1" },
            quiet: true,
          })
        )
        writeJson(STATE_FILE, {
          ...readJson(STATE_FILE, {}),
          storefront: storefrontKey,
        })
      } else {
        process.stdout.write("✔ Storefront build (up to date)\n")
      }
      backend = startService(
        "backend",
        bin("medusa"),
        ["start", "--port", String(BACKEND_PORT)],
        {
          cwd: serverDir,
          env: { ...env, NODE_ENV: "production" },
          onExit: onCrash("The backend"),
        }
      )
      storefront = startService(
        "storefront",
        bin("next"),
        ["start", "-p", String(STOREFRONT_PORT)],
        {
          cwd: STOREFRONT_DIR,
          env: { ...storefrontEnv, NODE_ENV: "production" },
          onExit: onCrash("The storefront"),
        }
      )
    }

    await phase("Serve backend and storefront", async () => {
      await waitForHttp(`${backendUrl}/health`, {
        service: backend,
        timeoutMs: 300_000,
      })
      await waitForHttp(`${storefrontUrl}/vi`, {
        service: storefront,
        timeoutMs: 300_000,
      })
    })

    const market = {
      backend_url: backendUrl,
      storefront_url: storefrontUrl,
      admin_url: `${backendUrl}/app`,
      publishable_key: seed.publishable_key ?? null,
      accounts: seed.accounts ?? {
        admin: null,
        producers: [],
        onboarder: null,
      },
      vietqr: seed.vietqr ?? {},
      // Written on every start: the local terminal an IPN must be signed with to pay an order.
      vnpay: {
        tmn_code: secrets.vnpay_tmn_code,
        hash_secret: secrets.vnpay_hash_secret,
        ipn_url: `${backendUrl}/hooks/vnpay/ipn`,
      },
    }
    writeJson(path.join(DATA_DIR, "market.json"), market)
    printWelcome(market)
  } catch (error) {
    process.stderr.write(`\n${error.message}\n`)
    await shutdown(error.exitCode ?? 1)
  }
}

/** Uploaded files live in backend/static, outside the build folder a rebuild replaces. */
function linkUploads(serverDir) {
  const uploads = path.join(BACKEND_DIR, "static")
  const served = path.join(serverDir, "static")
  fs.mkdirSync(uploads, { recursive: true })
  if (!fs.existsSync(served)) {
    fs.symlinkSync(uploads, served, "dir")
  }
}

function printWelcome(market) {
  const lines = [
    "",
    `The Xuân Thọ OCOP market is running (${elapsed()}):`,
    `  Storefront     ${market.storefront_url}/vi`,
    `  Backend        ${market.backend_url}`,
    `  Medusa Admin   ${market.admin_url}`,
    "",
    "Demo sign-ins:",
  ]
  const { admin, producers = [], onboarder } = market.accounts
  if (admin) {
    lines.push(`  Admin (commune officer)  ${admin.email} / ${admin.password}`)
  }
  for (const producer of producers) {
    lines.push(
      `  Producer ${producer.producer_handle}  ${producer.email} / ${producer.password}`
    )
  }
  if (onboarder) {
    lines.push(
      `  Tech-team volunteer      ${onboarder.email} / ${onboarder.password}`
    )
  }
  if (!admin) {
    lines.push(
      "  (unknown: the database was seeded from another checkout; .data/seed.json is missing)"
    )
  }
  lines.push(
    "",
    "Written to .data/market.json. Press Ctrl-C to stop everything.",
    ""
  )
  process.stdout.write(lines.join("\n"))
}
