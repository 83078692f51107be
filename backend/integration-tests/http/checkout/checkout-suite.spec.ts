import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { bankSettlementTests } from "./bank-settlement.tests"
import { cartIntegrityTests } from "./cart-integrity.tests"
import { checkoutTests } from "./checkout.tests"
import { promotionCodesTests } from "./promotion-codes.tests"
import { vietqrWebhookTests } from "./vietqr-webhook.tests"

// One application boot for this folder's test modules (a boot costs about ten seconds);
// the database is still restored before every test.
medusaIntegrationTestRunner({
  testSuite: (context) => {
    describe("bank-settlement", () => bankSettlementTests(context))
    describe("cart-integrity", () => cartIntegrityTests(context))
    describe("checkout", () => checkoutTests(context))
    describe("promotion-codes", () => promotionCodesTests(context))
    describe("vietqr-webhook", () => vietqrWebhookTests(context))
  },
})
