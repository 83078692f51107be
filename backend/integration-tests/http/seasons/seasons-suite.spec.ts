import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { preordersTests } from "./preorders.tests"
import { productSeasonsTests } from "./product-seasons.tests"

// One application boot for this folder's test modules (a boot costs about ten seconds);
// the database is still restored before every test.
medusaIntegrationTestRunner({
  testSuite: (context) => {
    describe("preorders", () => preordersTests(context))
    describe("product-seasons", () => productSeasonsTests(context))
  },
})
