import type { InferTypeOf } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { ensureSearchIndexReady } from "../../utils/search-index"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type OcopCertificate from "../../../src/modules/ocop/models/ocop-certificate"
import type OcopModuleService from "../../../src/modules/ocop/service"
import { refreshTimedChanges } from "../../../src/jobs/refresh-timed-changes"
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

    describe("timed changes job: OCOP certificate expiry", () => {
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
        await ensureSearchIndexReady(container)
        store = await createStoreContext(container)
        const producer = await seedProducer(container)
        product = await seedProduct(container, {
          salesChannelId: store.salesChannelId,
          title: "Mứt me Xuân Thọ",
          producerId: producer.id,
        })
        // Right after creation, so that the product's own events are still being ingested:
        // the certificate's write must not be undone by theirs, whatever order they land in.
        const certificate = await runWorkflow<
          InferTypeOf<typeof OcopCertificate>
        >(container, "upsert-ocop-certificate", {
          product_id: product.id,
          stars: 4,
          decision_number: "DEMO-me-1",
          issuing_level: "province",
          issued_at: new Date(Date.now() - 365 * 24 * 3600_000),
          expires_at: new Date(Date.now() + 365 * 24 * 3600_000),
        })
        certificateId = certificate.id
        // The runner snapshots the database right after this hook, cutting off index writes
        // still in flight: the test starts once the certificate is in the index.
        await eventually(starsInSearch, (stars) => stars === 4)
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

        const before = await refreshTimedChanges(
          container,
          new Date(expiredAt.getTime() - 1)
        )
        expect(before.product_ids).not.toContain(product.id)

        const due = await refreshTimedChanges(container)
        expect(due.product_ids).toContain(product.id)
        expect(
          await eventually(starsInSearch, (stars) => stars === null)
        ).toBeNull()

        const again = await refreshTimedChanges(container)
        expect(again.product_ids).not.toContain(product.id)
      })
    })
    describe("index writes arriving out of order", () => {
      it("keeps the document read last when an older read is written after it, and a delete spares a document read after it", async () => {
        const container = getContainer()
        const search = container.resolve<{
          upsertDocuments: (input: {
            index: string
            documents: Record<string, unknown>[]
          }) => Promise<unknown>
          deleteDocuments: (input: {
            index: string
            filters: Record<string, unknown>
          }) => Promise<unknown>
        }>(Modules.SEARCH)
        const producer = await seedProducer(container)
        const jam = await seedProduct(container, {
          salesChannelId: store.salesChannelId,
          title: "Mứt hồng Xuân Thọ",
          producerId: producer.id,
        })
        const hitOf = async () =>
          (
            await searchProducts(api, store, "", {
              filters: { handle: jam.handle },
            })
          ).hits[0]?.document
        const starsOf = async () => (await hitOf())?.ocop_stars ?? null
        await eventually(hitOf, (hit) => hit !== undefined)
        // Stamped an hour ahead, so that none of the product's own events still in flight
        // (stamped now) can take the place of these documents during the test.
        const ahead = Date.now() + 3_600_000
        const documentReadAt = (readAt: number, stars: number) => ({
          id: jam.id,
          handle: jam.handle,
          title: "Mứt hồng Xuân Thọ",
          status: "published",
          sales_channel_ids: [store.salesChannelId],
          ocop_stars: stars,
          read_at: ahead + readAt,
        })

        await search.upsertDocuments({
          index: "product",
          documents: [documentReadAt(2_000, 5)],
        })
        await search.upsertDocuments({
          index: "product",
          documents: [documentReadAt(1_000, 1)],
        })
        expect(await starsOf()).toEqual(5)

        await search.upsertDocuments({
          index: "product",
          documents: [documentReadAt(3_000, 3)],
        })
        expect(await starsOf()).toEqual(3)

        const deleteReadAt = (readAt: number) =>
          search.deleteDocuments({
            index: "product",
            filters: { id: [jam.id], read_at: { $lte: ahead + readAt } },
          })
        await deleteReadAt(2_500)
        expect(await starsOf()).toEqual(3)
        await deleteReadAt(3_000)
        expect(await hitOf()).toBeUndefined()
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
          .catch((error) => error.response)
        expect(refused.status).toEqual(401)
      })
    })
  },
})
