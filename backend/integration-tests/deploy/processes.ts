// Real processes for the server/worker split test: a throw-away Redis and `medusa` commands run
// from the backend sources, each in its own process group so that a failed test leaves nothing.
import { execFileSync, spawn, type ChildProcess } from "node:child_process"
import net from "node:net"
import path from "node:path"

export const BACKEND_DIR = path.resolve(__dirname, "..", "..")
export const ROOT = path.resolve(BACKEND_DIR, "..")
const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")

export type Service = {
  child: ChildProcess
  output: () => string
  stop: () => Promise<void>
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, {
    cwd: BACKEND_DIR,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  let log = ""
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
  }
  child.stdout!.on("data", keep)
  child.stderr!.on("data", keep)
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return resolve()
      }
      const kill = (signal: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, signal)
        } catch {
          // the group is already gone
        }
      }
      const timer = setTimeout(() => kill("SIGKILL"), 10_000)
      child.once("exit", () => {
        clearTimeout(timer)
        resolve()
      })
      kill("SIGTERM")
    })
  return { child, output: () => log, stop }
}

/** Runs a `medusa` command to completion; rejects with its output when it fails. */
export function medusa(args: string[], env: NodeJS.ProcessEnv) {
  const service = start(MEDUSA, args, env)
  return new Promise<string>((resolve, reject) => {
    service.child.on("exit", (code) =>
      code === 0
        ? resolve(service.output())
        : reject(
            new Error(`medusa ${args.join(" ")} failed:\n${service.output()}`)
          )
    )
  })
}

/** Starts `medusa start` and resolves once /health answers. */
export async function startBackend(
  port: number,
  env: NodeJS.ProcessEnv
): Promise<Service> {
  const service = start(MEDUSA, ["start", "--port", String(port)], env)
  const deadline = Date.now() + 300_000
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(`backend on ${port} stopped:\n${service.output()}`)
    }
    try {
      if ((await fetch(`http://localhost:${port}/health`)).ok) {
        return service
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await service.stop()
  throw new Error(
    `backend on ${port} never became healthy:\n${service.output()}`
  )
}

function redisAnswers(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1")
    socket.once("error", () => resolve(false))
    socket.once("data", (data) => {
      socket.destroy()
      resolve(data.toString().startsWith("+PONG"))
    })
    socket.once("connect", () => socket.write("PING\r\n"))
  })
}

/** A Redis that keeps nothing on disk; `.ci/run` installs redis-server when it is absent. */
export async function startRedis(port: number): Promise<Service> {
  try {
    execFileSync("redis-server", ["--version"], { stdio: "ignore" })
  } catch {
    throw new Error(
      "redis-server is not installed: `apt-get install -y redis-server` (.ci/run does it)"
    )
  }
  const service = start(
    "redis-server",
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
    ],
    {}
  )
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await redisAnswers(port)) {
      return service
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await service.stop()
  throw new Error(
    `redis-server did not answer on ${port}:\n${service.output()}`
  )
}
