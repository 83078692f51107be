import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { searchBehaviourSuite } from "./behaviour"

// The same behaviour suite on our Meilisearch provider. It needs a real Meilisearch
// server — MEILISEARCH_HOST (and MEILISEARCH_API_KEY) select the provider in medusa-config — and
// none can be installed on these machines, so without it the suite is reported as skipped.
const host = process.env.MEILISEARCH_HOST

if (!host) {
  process.stdout.write(
    "search-meilisearch.spec.ts: SKIPPED — no Meilisearch server is reachable here (set MEILISEARCH_HOST, e.g. http://localhost:7700, to run the behaviour suite against Meilisearch)\n"
  )
}

describe.skipIf(!host)(
  "search behaviour on the Meilisearch provider (MEILISEARCH_HOST)",
  () => {
    medusaIntegrationTestRunner({
      testSuite: ({ api, getContainer }) => {
        searchBehaviourSuite({ api, getContainer })
      },
    })
  }
)
