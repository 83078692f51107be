import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminTests } from "./admin.tests"
import { authorizationMatrixTests } from "./authorization-matrix.tests"
import { lifecycleTests } from "./lifecycle.tests"
import { onboardingTests } from "./onboarding.tests"
import { visibilityTests } from "./visibility.tests"

// One application boot for this folder's test modules (a boot costs about ten seconds);
// the database is still restored before every test.
medusaIntegrationTestRunner({
  testSuite: (context) => {
    describe("admin", () => adminTests(context))
    describe("authorization-matrix", () => authorizationMatrixTests(context))
    describe("lifecycle", () => lifecycleTests(context))
    describe("onboarding", () => onboardingTests(context))
    describe("visibility", () => visibilityTests(context))
  },
})
