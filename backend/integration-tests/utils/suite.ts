import type { medusaIntegrationTestRunner } from "@medusajs/test-utils"

/** What the test runner hands a suite: the HTTP client and the application's container. */
export type SuiteContext = Parameters<
  Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]
>[0]
