import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { authorizationMatrixTests } from "./authorization-matrix.tests"
import { portalOrdersTests } from "./portal-orders.tests"
import { portalPasswordResetTests } from "./portal-password-reset.tests"
import { portalPhotosTests } from "./portal-photos.tests"
import { portalProductsTests } from "./portal-products.tests"
import { portalStatsTests } from "./portal-stats.tests"
import { qrSheetsTests } from "./qr-sheets.tests"

// One application boot for this folder's test modules (a boot costs about ten seconds);
// the database is still restored before every test.
medusaIntegrationTestRunner({
  testSuite: (context) => {
    describe("authorization-matrix", () => authorizationMatrixTests(context))
    describe("portal-orders", () => portalOrdersTests(context))
    describe("portal-password-reset", () => portalPasswordResetTests(context))
    describe("portal-photos", () => portalPhotosTests(context))
    describe("portal-products", () => portalProductsTests(context))
    describe("portal-stats", () => portalStatsTests(context))
    describe("qr-sheets", () => qrSheetsTests(context))
  },
})
