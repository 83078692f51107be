// Child processes run in their own process groups so that one Ctrl-C, handled here, stops each
// of them (and everything they started) exactly once, and none is left behind.
import { spawn } from "node:child_process"
import net from "node:net"

const running = new Set()

/** Runs a command to completion; rejects with its output tail when it fails. */
export function runCommand(
  command,
  args,
  { cwd, env = {}, quiet = false } = {}
) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      detached: true,
    })
    running.add(child)
    let tail = ""
    const keep = (chunk) => {
      tail = (tail + chunk).slice(-6000)
    }
    child.stdout?.on("data", keep)
    child.stderr?.on("data", keep)
    child.on("error", reject)
    child.on("close", (code, signal) => {
      running.delete(child)
      if (code === 0) {
        resolve(tail)
      } else {
        const error = new Error(
          `${command} ${args.join(" ")} failed (${signal ?? code})${quiet ? `:\n${tail}` : ""}`
        )
        error.exitCode = code ?? 1
        reject(error)
      }
    })
  })
}

/** Starts a long-running service; its output is prefixed with its name. */
export function startService(
  name,
  command,
  args,
  { cwd, env = {}, onExit } = {}
) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  running.add(child)
  const prefix = `[${name}] `
  const forward = (stream) => (chunk) => {
    const lines = chunk.toString().split("\n")
    if (lines.at(-1) === "") {
      lines.pop()
    }
    stream.write(lines.map((line) => prefix + line).join("\n") + "\n")
  }
  child.stdout.on("data", forward(process.stdout))
  child.stderr.on("data", forward(process.stderr))
  child.on("exit", (code, signal) => {
    running.delete(child)
    onExit?.(code, signal)
  })
  return child
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // the group is already gone
  }
}

/** Stops every child: SIGTERM, then SIGKILL for whatever is still there after a grace period. */
export async function stopAll(graceMs = 8000) {
  const children = [...running]
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) {
            return resolve()
          }
          const timer = setTimeout(() => killGroup(child, "SIGKILL"), graceMs)
          child.once("exit", () => {
            clearTimeout(timer)
            killGroup(child, "SIGKILL")
            resolve()
          })
          killGroup(child, "SIGTERM")
        })
    )
  )
}

/** Resolves when nothing listens on the port, else rejects with a message naming it. */
export function assertPortFree(port, what) {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", () =>
      reject(
        new Error(
          `Port ${port} (${what}) is already in use. Stop the program using it (\`ss -ltnp 'sport = :${port}'\` shows which) and try again.`
        )
      )
    )
    server.listen({ port, host: "0.0.0.0", exclusive: true }, () =>
      server.close(resolve)
    )
  })
}

/** Polls a URL until it answers (any status below 500) or the time runs out. */
export async function waitForHttp(url, { timeoutMs = 180_000, service } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service && (service.exitCode !== null || service.signalCode !== null)) {
      throw new Error(
        `${url} never answered: the process serving it stopped (exit ${service.exitCode ?? service.signalCode}).`
      )
    }
    try {
      const response = await fetch(url, { redirect: "manual" })
      if (response.status < 500) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(
    `${url} did not answer within ${Math.round(timeoutMs / 1000)} s.`
  )
}
