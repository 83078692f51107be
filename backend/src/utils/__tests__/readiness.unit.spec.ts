import { checkReadiness } from "../readiness"

const up = () => Promise.resolve("PONG")
const down = () =>
  Promise.reject(new Error("connect ECONNREFUSED 10.0.0.5:5432"))
const hanging = () => new Promise<never>(() => undefined)

describe("checkReadiness", () => {
  it("is ready when every store answers", async () => {
    expect(await checkReadiness({ postgres: up, redis: up })).toEqual({
      status: "ready",
      checks: { postgres: "up", redis: "up" },
    })
  })

  it("is unavailable when PostgreSQL does not answer, and says nothing else", async () => {
    const report = await checkReadiness({ postgres: down, redis: up })
    expect(report).toEqual({
      status: "unavailable",
      checks: { postgres: "down", redis: "up" },
    })
    expect(JSON.stringify(report)).not.toContain("ECONNREFUSED")
  })

  it("is unavailable when Redis does not answer", async () => {
    expect(await checkReadiness({ postgres: up, redis: down })).toEqual({
      status: "unavailable",
      checks: { postgres: "up", redis: "down" },
    })
  })

  it("counts a probe that throws before returning a promise as down", async () => {
    const throws = () => {
      throw new Error("no pool")
    }
    expect(await checkReadiness({ postgres: throws })).toMatchObject({
      checks: { postgres: "down" },
    })
  })

  it("answers within the timeout when a probe hangs", async () => {
    const started = Date.now()
    const report = await checkReadiness({ postgres: up, redis: hanging }, 100)
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(report).toEqual({
      status: "unavailable",
      checks: { postgres: "up", redis: "down" },
    })
  })

  it("checks only PostgreSQL when the backend runs without Redis", async () => {
    expect(await checkReadiness({ postgres: up })).toEqual({
      status: "ready",
      checks: { postgres: "up" },
    })
  })
})
