// The process behind a port and what it costs, read from /proc: CPU time (utime + stime of
// every thread) and resident memory.
import { execFileSync } from "node:child_process"
import fs from "node:fs"

export const CLK_TCK = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim())
  } catch {
    return 100
  }
})()

function listeningInodes(port) {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, "0")}`
  const inodes = new Set()
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const lines = fs.existsSync(file)
      ? fs.readFileSync(file, "utf8").split("\n").slice(1)
      : []
    for (const line of lines) {
      const columns = line.trim().split(/\s+/)
      // local address, state 0A = LISTEN, inode
      if (columns[1]?.endsWith(hex) && columns[3] === "0A") {
        inodes.add(columns[9])
      }
    }
  }
  return inodes
}

function statFields(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
  // after "pid (comm) ": field 3 (state) is index 0, so field n is index n - 3
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")
}

function processTree(rootPid) {
  const children = new Map()
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const parent = Number(statFields(entry)[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [rootPid]
  for (let i = 0; i < tree.length; i++) {
    tree.push(...(children.get(tree[i]) ?? []))
  }
  return tree
}

/** The process (the started one or a descendant) that holds the port's listening socket. */
export function servingProcess(rootPid, port) {
  const sockets = [...listeningInodes(port)].map((inode) => `socket:[${inode}]`)
  for (const pid of processTree(rootPid)) {
    let fds = []
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue
    }
    const owns = fds.some((fd) => {
      try {
        return sockets.includes(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))
      } catch {
        return false
      }
    })
    if (owns) {
      const comm = fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim()
      return { pid, comm }
    }
  }
  throw new Error(`No process started by pid ${rootPid} listens on ${port}.`)
}

/** utime + stime of the whole process (all its threads), in milliseconds. */
export function cpuMs(pid) {
  const fields = statFields(pid)
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK
}

/** Resident set size in MB (VmRSS). */
export function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN)
  return kb / 1024
}

/**
 * Resolves once the processes together use less than `idlePercent` of one core over `windowMs`
 * (or after `maxMs`): work left over from the previous run, such as answers to requests the
 * load generator gave up on, must not be counted in the next one.
 */
export async function waitUntilIdle(
  pids,
  { idlePercent = 5, windowMs = 500, maxMs = 60_000 } = {}
) {
  const total = () => pids.reduce((sum, pid) => sum + cpuMs(pid), 0)
  const deadline = Date.now() + maxMs
  while (Date.now() < deadline) {
    const before = total()
    await new Promise((resolve) => setTimeout(resolve, windowMs))
    if (((total() - before) / windowMs) * 100 < idlePercent) return
  }
}
