// A local node:http server standing in for Meilisearch in tests only (no Meilisearch binary can
// be installed here). It records every request and answers the way Meilisearch's REST API does:
// writes are enqueued tasks, `GET /tasks/:uid` reports them, searches answer what a test set.
import http from "node:http"
import type { AddressInfo } from "node:net"

/** The parts of a Meilisearch request body the tests read: index creation, settings, searches. */
export type MeiliBody = {
  uid?: string
  queries?: { indexUid: string; q?: string; filter?: string }[]
  displayedAttributes?: string[]
  synonyms?: Record<string, string[]>
}

/** A document as the provider writes it. */
export type MeiliDocument = { id: string } & Record<string, unknown>

export type RecordedRequest = {
  method: string
  path: string
  query: Record<string, string>
  /** Parsed JSON: an object for settings and searches, an array for document writes. */
  body: MeiliBody | MeiliDocument[] | undefined
  authorization?: string
}

export const bodyOf = (req: RecordedRequest | undefined) =>
  (req?.body ?? {}) as MeiliBody
export const documentsOf = (req: RecordedRequest) =>
  (req.body ?? []) as MeiliDocument[]

type Reply = { status: number; body: unknown }
type TaskOutcome = { status: "succeeded" | "failed"; error?: unknown }

export type FakeMeilisearch = {
  url: string
  requests: RecordedRequest[]
  /** Writes only (not task polling, not searches), in order. */
  writes: () => RecordedRequest[]
  /** Answer the next request(s) whose `METHOD /path` matches with this instead. */
  answer: (
    route: RegExp,
    reply: Reply | ((req: RecordedRequest) => Reply)
  ) => void
  /** The outcome the task with this uid reports when polled. */
  taskOutcome: (uid: number, outcome: TaskOutcome) => void
  close: () => Promise<void>
}

export const emptySearchResponse = (indexUid = "product_v1") => ({
  indexUid,
  hits: [],
  query: "",
  processingTimeMs: 1,
  limit: 20,
  offset: 0,
  estimatedTotalHits: 0,
})

/** Listens on `port`, or on any free port when none is given. */
export async function startFakeMeilisearch(port = 0): Promise<FakeMeilisearch> {
  const requests: RecordedRequest[] = []
  const answers: {
    route: RegExp
    reply: Reply | ((r: RecordedRequest) => Reply)
  }[] = []
  const outcomes = new Map<number, TaskOutcome>()
  let nextTask = 0

  const enqueue = (indexUid: string | null, type: string): Reply => ({
    status: 202,
    body: {
      taskUid: nextTask++,
      indexUid,
      status: "enqueued",
      type,
      enqueuedAt: new Date().toISOString(),
    },
  })

  const route = (req: RecordedRequest): Reply => {
    const key = `${req.method} ${req.path}`
    const custom = answers.find((answer) => answer.route.test(key))
    if (custom) {
      return typeof custom.reply === "function"
        ? custom.reply(req)
        : custom.reply
    }
    const [, first, uid, rest] = req.path.split("/")
    if (first === "tasks" && req.method === "GET") {
      const outcome = outcomes.get(Number(uid)) ?? { status: "succeeded" }
      return {
        status: 200,
        body: {
          uid: Number(uid),
          indexUid: null,
          type: "unknown",
          error: null,
          ...outcome,
        },
      }
    }
    if (req.path === "/indexes" && req.method === "POST") {
      return enqueue(bodyOf(req).uid ?? null, "indexCreation")
    }
    if (req.path === "/stats") {
      return { status: 200, body: { databaseSize: 0, indexes: {} } }
    }
    if (req.path === "/multi-search") {
      return {
        status: 200,
        body: {
          results: (bodyOf(req).queries ?? []).map((q) =>
            emptySearchResponse(q.indexUid)
          ),
        },
      }
    }
    if (first === "indexes" && req.method !== "GET") {
      return enqueue(uid, rest ?? "indexDeletion")
    }
    return {
      status: 404,
      body: { message: `no route ${key}`, code: "not_found" },
    }
  }

  const server = http.createServer((incoming, res) => {
    let raw = ""
    incoming.on("data", (chunk) => (raw += chunk))
    incoming.on("end", () => {
      const url = new URL(incoming.url ?? "/", "http://fake")
      const req: RecordedRequest = {
        method: incoming.method ?? "GET",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: raw ? JSON.parse(raw) : undefined,
        authorization: incoming.headers.authorization,
      }
      requests.push(req)
      const reply = route(req)
      res.writeHead(reply.status, { "content-type": "application/json" })
      res.end(JSON.stringify(reply.body))
    })
  })
  await new Promise<void>((resolve) =>
    server.listen(port, "127.0.0.1", resolve)
  )
  const { port: listening } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${listening}`,
    requests,
    writes: () =>
      requests.filter((r) => r.method !== "GET" && r.path !== "/multi-search"),
    answer: (routeMatch, reply) =>
      answers.unshift({ route: routeMatch, reply }),
    taskOutcome: (uid, outcome) => outcomes.set(uid, outcome),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
