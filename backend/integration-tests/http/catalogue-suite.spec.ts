import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { healthTests } from "./health/health.tests"
import { queryParametersTests } from "./query-parameters/query-parameters.tests"
import { producersTests } from "./producers/producers.tests"
import { marketplaceListingsTests } from "./marketplace/marketplace-listings.tests"
import { qrImageTests } from "./qr/qr-image.tests"
import { ownFileStoreTests } from "./product-images/own-file-store.tests"
import { visibilityTests } from "./visibility/visibility.tests"

// The public catalogue and the edges every caller meets (health, query parameters, producers,
// marketplace listings, QR images, product images, visibility), under one application boot (a
// boot costs about ten seconds); the database is still restored before every test.
medusaIntegrationTestRunner({
  testSuite: (context) => {
    describe("health/health", () => healthTests(context))
    describe("query-parameters/query-parameters", () =>
      queryParametersTests(context))
    describe("producers/producers", () => producersTests(context))
    describe("marketplace/marketplace-listings", () =>
      marketplaceListingsTests(context))
    describe("qr/qr-image", () => qrImageTests(context))
    describe("product-images/own-file-store", () => ownFileStoreTests(context))
    describe("visibility/visibility", () => visibilityTests(context))
  },
})
