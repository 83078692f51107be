import type { ApiResponse } from "../../utils/api"
import { createStoreContext } from "../../utils/store"
import type { SuiteContext } from "../../utils/suite"

type Answer = ApiResponse & { headers: Record<string, string | undefined> }

export function healthTests({ api, getContainer }: SuiteContext) {
  describe("GET /health", () => {
    it("answers OK once the application has booted", async () => {
      const response = await api.get("/health")
      expect(response.status).toEqual(200)
    })
  })

  describe("GET /health/ready", () => {
    it("answers ready when PostgreSQL answers, naming only up or down", async () => {
      const response = (await api.get("/health/ready")) as Answer
      expect(response.status).toEqual(200)
      // The test application runs without REDIS_URL: only PostgreSQL is checked.
      expect(response.data).toEqual({
        status: "ready",
        checks: { postgres: "up" },
      })
      expect(response.headers["cache-control"]).toEqual("no-store")
    })
  })

  describe("X-Powered-By", () => {
    it("is not sent by the readiness check nor by Medusa's /health", async () => {
      // `medusa start` registers /health after the API, behind the middleware; the test
      // runner registers it ahead, where only the app setting the middleware turned off
      // (on the first request through the API) keeps the header away.
      for (const path of ["/health/ready", "/health"]) {
        const response = (await api.get(path)) as Answer
        expect(response.headers["x-powered-by"], path).toBeUndefined()
      }
    })

    it("is not sent by a store route", async () => {
      const store = await createStoreContext(getContainer())
      const response = (await api.get("/store/products", store)) as Answer
      expect(response.status).toEqual(200)
      expect(response.headers["x-powered-by"]).toBeUndefined()
    })
  })
}
