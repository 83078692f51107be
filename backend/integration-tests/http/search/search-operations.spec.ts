import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type OcopModuleService from "../../../src/modules/ocop/service"
import { announceExpiredCertificates } from "../../../src/jobs/revalidate-expired-certificates"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { seedProducer, seedProduct } from "../../utils/catalogue"
import { createStoreContext, type StoreContext } from "../../utils/store"
import { runWorkflow } from "../../utils/workflows"
import { searchProducts } from "./behaviour"

delete process.env.MEILISEARCH_HOST
delete process.env.MEILISEARCH_API_KEY

async function eventually<T>(
  read: () => Promise<T>,
  accept: (v: T) => boolean,
  timeoutMs = 60_000
) {
  const started = Date.now()
  let value = await read()
  while (!accept(value) && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    value = await read()
  }
  return value
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreContext
    let admin: RequestHeaders
    let product: { id: string; handle: string }
    let certificateId: string

    describe("daily OCOP certificate expiry job", () => {
      const starsInSearch = async () => {
        const result = await searchProducts(api, store, "", {
          filters: { handle: product.handle },
        }).catch((error) => {
          throw new Error(JSON.stringify(error.response?.data))
        })
        return result.hits[0]?.document.ocop_stars ?? null
      }

      beforeAll(async () => {
        const container = getContainer()
        store = await createStoreContext(container)
        const producer = await seedProducer(container)
        product = await seedProduct(container, {
          salesChannelId: store.salesChannelId,
          title: "Mứt me Xuân Thọ",
          producerId: producer.id,
        })
        // Ingestion reads and writes each event on its own, so a late write for the product's
        // creation can overwrite the certificate's (a known race of event ingestion): the
        // certificate comes once the product's own events have reached the index.
        await eventually(
          () =>
            searchProducts(api, store, "", {
              filters: { handle: product.handle },
            }),
          (result) => result.hits.length > 0
        )
        const certify = () =>
          runWorkflow(container, "upsert-ocop-certificate", {
            product_id: product.id,
            stars: 4,
            decision_number: "DEMO-me-1",
            issuing_level: "province",
            issued_at: new Date(Date.now() - 365 * 24 * 3600_000),
            expires_at: new Date(Date.now() + 365 * 24 * 3600_000),
          })
        const certificate = await certify()
        certificateId = certificate.id
        if (
          (await eventually(starsInSearch, (stars) => stars === 4, 15_000)) !==
          4
        ) {
          await certify()
        }
      })

      it("takes the stars of a product out of search once its certificate has expired, once", async () => {
        const container = getContainer()
        const rated = await eventually(
          () =>
            searchProducts(api, store, "", {
              filters: { handle: product.handle },
            }),
          (result) => result.hits[0]?.document.ocop_stars === 4
        )
        expect(rated.hits.map((hit) => hit.document)).toEqual([
          expect.objectContaining({ handle: product.handle, ocop_stars: 4 }),
        ])

        // The date passing, as nothing announces it: the module changed without a workflow.
        const expiredAt = new Date(Date.now() - 60_000)
        await container
          .resolve<OcopModuleService>("ocop")
          .updateOcopCertificates({ id: certificateId, expires_at: expiredAt })

        const before = await announceExpiredCertificates(
          container,
          new Date(expiredAt.getTime() - 1)
        )
        expect(before.product_ids).not.toContain(product.id)

        const due = await announceExpiredCertificates(container)
        expect(due.product_ids).toContain(product.id)
        expect(
          await eventually(starsInSearch, (stars) => stars === null)
        ).toBeNull()

        const again = await announceExpiredCertificates(container)
        expect(again.product_ids).not.toContain(product.id)
      })
    })
    describe("search index status for officers", () => {
      it("re-indexes on request and shows the provider, the searchable products and the run; shoppers cannot read it", async () => {
        admin = await createAdminHeaders(getContainer())
        const started = await api.post(
          "/admin/search-indexes/product/reindex",
          {},
          admin
        )
        expect(started.status).toEqual(202)

        const status = await eventually(
          async () =>
            (await api.get("/admin/search-status", admin)).data.search_index,
          (index) =>
            index.status === "ready" && index.last_run?.status === "done"
        )
        expect(status).toMatchObject({
          name: "product",
          provider: "search-postgres",
          status: "ready",
          last_run: { status: "done", error: null },
        })
        expect(status.document_count).toEqual(expect.any(Number))
        expect(status.product_count).toBeGreaterThanOrEqual(
          status.document_count
        )
        expect(Date.parse(status.last_run.completed_at)).not.toBeNaN()

        const refused = await api
          .get("/admin/search-status")
          .catch((error: any) => error.response)
        expect(refused.status).toEqual(401)
      })
    })
  },
})
