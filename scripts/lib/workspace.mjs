// Facts about the checkout shared by `npm start`, `npm run dev` and `npm test`.
import { execFileSync } from "node:child_process"
import { randomBytes, randomInt } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { runCommand } from "./processes.mjs"

export const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  ".."
)
export const DATA_DIR = path.join(ROOT, ".data")
export const BACKEND_DIR = path.join(ROOT, "backend")
export const STOREFRONT_DIR = path.join(ROOT, "storefront")
export const PNPM_VERSION = "12.4.2"

export const bin = (name) => path.join(ROOT, "node_modules", ".bin", name)

function pnpmVersion() {
  try {
    return execFileSync("pnpm", ["--version"], {
      stdio: ["ignore", "pipe", "ignore"],
    })
      .toString()
      .trim()
  } catch {
    return null
  }
}

/** Installs pnpm when absent, then the workspace's dependencies exactly as locked. */
export async function installDependencies() {
  if (pnpmVersion() !== PNPM_VERSION) {
    await runCommand("npm", ["install", "--global", `pnpm@${PNPM_VERSION}`], {
      quiet: true,
    })
  }
  await runCommand("pnpm", ["install", "--frozen-lockfile"], {
    cwd: ROOT,
    quiet: true,
    env: { CI: "true" },
  })
}

export function readJson(file, fallback) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return fallback
  }
}

export function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 })
}

/** Secrets made once per checkout and kept in .data/secrets.json (never committed). */
export function localSecrets() {
  const file = path.join(DATA_DIR, "secrets.json")
  const secrets = readJson(file, {})
  const wanted = ["jwt_secret", "cookie_secret", "revalidate_secret"]
  let changed = false
  for (const key of wanted) {
    if (!secrets[key]) {
      secrets[key] = randomBytes(24).toString("hex")
      changed = true
    }
  }
  // Demo VietQR receiving account: a made-up account number, a private webhook key.
  if (!secrets.vietqr_webhook_key) {
    secrets.vietqr_webhook_key = randomBytes(24).toString("hex")
    secrets.vietqr_account_number = `1028${randomInt(10 ** 7, 10 ** 8)}`
    changed = true
  }
  // Demo VNPay terminal: a made-up code and a private secret. The signed payment URL points at
  // VNPay's sandbox, which does not know this terminal; an IPN signed with the secret pays.
  if (!secrets.vnpay_hash_secret) {
    secrets.vnpay_tmn_code = `XTDEMO${randomInt(10, 100)}`
    secrets.vnpay_hash_secret = randomBytes(16).toString("hex").toUpperCase()
    changed = true
  }
  if (changed) {
    writeJson(file, secrets)
  }
  return secrets
}

const VNPAY_SANDBOX_URL = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html"

export const backendEnv = ({
  databaseUrl,
  backendUrl,
  storefrontUrl,
  secrets,
  dataDir = DATA_DIR,
}) => ({
  DATABASE_URL: databaseUrl,
  MEDUSA_BACKEND_URL: backendUrl,
  STOREFRONT_PUBLIC_URL: storefrontUrl,
  STORE_CORS: storefrontUrl,
  ADMIN_CORS: backendUrl,
  AUTH_CORS: `${storefrontUrl},${backendUrl}`,
  JWT_SECRET: secrets.jwt_secret,
  COOKIE_SECRET: secrets.cookie_secret,
  REVALIDATE_SECRET: secrets.revalidate_secret,
  ...(secrets.vietqr_webhook_key && {
    VIETQR_WEBHOOK_KEY: secrets.vietqr_webhook_key,
    VIETQR_ACCOUNT_NUMBER: secrets.vietqr_account_number,
  }),
  ...(secrets.vnpay_hash_secret && {
    VNPAY_TMN_CODE: secrets.vnpay_tmn_code,
    VNPAY_HASH_SECRET: secrets.vnpay_hash_secret,
    VNPAY_URL: VNPAY_SANDBOX_URL,
  }),
  MARKET_DATA_DIR: dataDir,
  MEDUSA_DISABLE_TELEMETRY: "true",
})
