import { ResultCache } from "../result-cache"

describe("search answers kept until the index changes", () => {
  it("serves an answer only for the index generation it was computed at", () => {
    const cache = new ResultCache<{ count: number }>(10)
    cache.set("dau tay", "gen-1", { count: 2 })

    expect(cache.get("dau tay", "gen-1")).toEqual({ count: 2 })
    expect(cache.get("dau tay", "gen-2")).toBeUndefined()
    expect(cache.get("hong treo gio", "gen-1")).toBeUndefined()
  })

  it("hands out copies, so a caller changing its answer cannot change the next one", () => {
    const cache = new ResultCache<{ facets: Record<string, number> }>(10)
    cache.set("q", "gen", { facets: { a: 1 } })

    cache.get("q", "gen")!.facets.a = 99

    expect(cache.get("q", "gen")).toEqual({ facets: { a: 1 } })
  })

  it("forgets the least recently used answer when full, and keeps nothing at size 0", () => {
    const cache = new ResultCache<number>(2)
    cache.set("a", "g", 1)
    cache.set("b", "g", 2)
    cache.get("a", "g")
    cache.set("c", "g", 3)

    expect(cache.get("a", "g")).toBe(1)
    expect(cache.get("b", "g")).toBeUndefined()
    expect(cache.get("c", "g")).toBe(3)

    const off = new ResultCache<number>(0)
    off.set("a", "g", 1)
    expect(off.get("a", "g")).toBeUndefined()
  })
})
