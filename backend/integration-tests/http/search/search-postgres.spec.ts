import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { searchBehaviourSuite } from "./behaviour"

// Always the embedded default, even where MEILISEARCH_HOST selects Meilisearch for the app
// (medusa-config reads the environment when the runner loads it, before any hook).
delete process.env.MEILISEARCH_HOST
delete process.env.MEILISEARCH_API_KEY

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("search behaviour on the PostgreSQL provider (embedded default)", () => {
      searchBehaviourSuite({ api, getContainer })
    })
  },
})
