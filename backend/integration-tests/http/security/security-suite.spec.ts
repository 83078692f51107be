import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { accountsTests } from "./accounts.tests"
import { badInputTests } from "./bad-input.tests"
import { guestOrdersTests } from "./guest-orders.tests"
import { shopperAccountsTests } from "./shopper-accounts.tests"

// One application boot for this folder's test modules (a boot costs about ten seconds);
// the database is still restored before every test.
medusaIntegrationTestRunner({
  testSuite: (context) => {
    describe("accounts", () => accountsTests(context))
    describe("bad-input", () => badInputTests(context))
    describe("guest-orders", () => guestOrdersTests(context))
    describe("shopper-accounts", () => shopperAccountsTests(context))
  },
})
