import { beforeEach, describe, expect, it, vi } from "vitest"

// The backend as the proxy sees it: each path answers what the case sets, and calls are counted.
const backend = vi.hoisted(() => ({
  answers: new Map<string, () => unknown>(),
  calls: [] as string[],
}))

vi.mock("server-only", () => ({}))
vi.mock("@/lib/config", () => ({
  getSdk: () => ({
    client: {
      fetch: async (path: string) => {
        backend.calls.push(path)
        const answer = backend.answers.get(path)
        if (!answer) throw { status: 404 }
        return answer()
      },
    },
  }),
}))

const { pageExists } = await import("../page-exists")

// Each case uses its own handles: the module remembers what it saw across cases.
let run = 0
const handle = (name: string) => `${name}-${run}`

beforeEach(() => {
  run += 1
  backend.answers.clear()
  backend.calls = []
})

describe("pageExists", () => {
  it("asks the backend once a minute about a product it lists", async () => {
    const product = handle("dau-tay")
    backend.answers.set("/store/products", () => ({
      products: [{ handle: product }],
    }))
    expect(await pageExists({ kind: "product", handle: product })).toBe(true)
    expect(await pageExists({ kind: "product", handle: product })).toBe(true)
    expect(backend.calls).toHaveLength(1)
  })

  it("asks again about a missing product, so one published a moment later shows at once", async () => {
    const product = handle("moi")
    backend.answers.set("/store/products", () => ({ products: [] }))
    expect(await pageExists({ kind: "product", handle: product })).toBe(false)
    backend.answers.set("/store/products", () => ({
      products: [{ handle: product }],
    }))
    expect(await pageExists({ kind: "product", handle: product })).toBe(true)
  })

  it("counts a producer or an order the backend does not find as missing", async () => {
    expect(
      await pageExists({ kind: "producer", handle: handle("khong-co") })
    ).toBe(false)
    expect(await pageExists({ kind: "order", id: handle("order_x") })).toBe(
      false
    )
  })

  it("lets the page decide when the backend fails or is too slow", async () => {
    const producer = handle("htx")
    backend.answers.set(`/store/producers/${producer}`, () => {
      throw { status: 500 }
    })
    expect(await pageExists({ kind: "producer", handle: producer })).toBe(true)
    backend.answers.set(`/store/producers/${producer}`, () => {
      throw new DOMException("The operation timed out", "TimeoutError")
    })
    expect(await pageExists({ kind: "producer", handle: producer })).toBe(true)
  })
})
