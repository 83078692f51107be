import type { SearchTypes } from "@medusajs/framework/types"
import { stampConsume, stampSeed } from "../_read-stamp"

type Mutation = SearchTypes.SearchMutation
const context = {} as SearchTypes.SearchSeedContext

describe("read stamps on search documents", () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it("stamps an event's documents with the time the read began, not when it ended, and limits its deletes to documents read before", async () => {
    vi.useFakeTimers({ now: 1_000 })
    const consume = stampConsume(async () => {
      // A slow read: the data is as of 1 000, whatever the clock says when it returns.
      vi.setSystemTime(9_000)
      return [
        { action: "upsert", documents: [{ id: "prod_1", title: "Dâu tây" }] },
        { action: "delete", filters: { id: ["prod_2"] } },
      ] satisfies Mutation[]
    })

    const mutations = await consume(
      { name: "product.updated" } as never,
      context
    )

    expect(mutations).toEqual([
      {
        action: "upsert",
        documents: [{ id: "prod_1", title: "Dâu tây", read_at: 1_000 }],
      },
      {
        action: "delete",
        filters: { id: ["prod_2"], read_at: { $lte: 1_000 } },
      },
    ])
  })

  it("stamps each re-index batch with the time its own read began", async () => {
    vi.useFakeTimers({ now: 5_000 })
    const seed = stampSeed(async function* () {
      vi.setSystemTime(6_000)
      yield [{ action: "upsert", documents: [{ id: "a" }] }] as Mutation[]
      vi.setSystemTime(8_000)
      yield [{ action: "upsert", documents: [{ id: "b" }] }] as Mutation[]
    })

    const batches: Mutation[][] = []
    for await (const batch of seed(context)) {
      batches.push(batch)
      vi.setSystemTime(7_000)
    }

    expect(batches).toEqual([
      [{ action: "upsert", documents: [{ id: "a", read_at: 5_000 }] }],
      [{ action: "upsert", documents: [{ id: "b", read_at: 7_000 }] }],
    ])
  })
})
