import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { linkedFieldsTests } from "./linked-fields.tests"
import { publicProducerFieldsTests } from "./public-producer-fields.tests"

// One application boot for this folder's test modules (a boot costs about ten seconds);
// the database is still restored before every test.
medusaIntegrationTestRunner({
  testSuite: (context) => {
    describe("linked-fields", () => linkedFieldsTests(context))
    describe("public-producer-fields", () => publicProducerFieldsTests(context))
  },
})
