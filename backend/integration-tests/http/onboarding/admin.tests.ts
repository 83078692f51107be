import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { prepareMarketDefaults } from "../portal/portal-fixtures"
import {
  createCompleteDraft,
  signInOnboarder,
  type SignedInOnboarder,
} from "./onboarding-fixtures"
import type { SuiteContext } from "../../utils/suite"

// Officers find producers by status, village and volunteer, and read the figures
// the commune reports upward.

export function adminTests({ api, getContainer }: SuiteContext) {
  let admin: RequestHeaders
  let onboarder: SignedInOnboarder

  beforeEach(async () => {
    const container = getContainer()
    await prepareMarketDefaults(container)
    admin = await createAdminHeaders(container)
    onboarder = await signInOnboarder(api, container)
  })

  describe("officers", () => {
    it("filter producers by status, village and volunteer, and see consent, checklist and next actions", async () => {
      const other = await signInOnboarder(api, getContainer(), "Thôn Đa Lộc")
      const mine = await createCompleteDraft(api, onboarder)
      await api.post(
        `/onboarding/producers/${mine.producer.id}/submit`,
        {},
        onboarder
      )
      const theirs = await createCompleteDraft(api, other)
      await api.post(
        `/onboarding/producers/${theirs.producer.id}`,
        { village: "Thôn Đa Lộc" },
        other
      )

      const queue = await api.get("/admin/producers?status=submitted", admin)
      expect(queue.data.producers.map((p) => p.id)).toEqual([mine.producer.id])
      const byVolunteer = await api.get(
        `/admin/producers?onboarder_id=${other.id}`,
        admin
      )
      expect(byVolunteer.data.producers.map((p) => p.id)).toEqual([
        theirs.producer.id,
      ])
      const byVillage = await api.get(
        `/admin/producers?village=${encodeURIComponent("Thôn Đa Lộc")}`,
        admin
      )
      expect(byVillage.data.producers.map((p) => p.id)).toEqual([
        theirs.producer.id,
      ])

      const { data } = await api.get(
        `/admin/producers/${mine.producer.id}`,
        admin
      )
      expect(data.producer).toMatchObject({
        status: "submitted",
        consent: { given_by: "Nguyễn Văn An", method: "signed_form" },
        onboarder: { id: onboarder.id },
        checklist: { ready: true, missing: [] },
        allowed_actions: ["verify"],
      })

      const volunteers = await api.get("/admin/onboarders", admin)
      expect(volunteers.data.onboarders).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: other.id, producer_count: 1 }),
        ])
      )
    })

    it("count producers by status, live products and invites per village and volunteer", async () => {
      const first = await createCompleteDraft(api, onboarder)
      await createCompleteDraft(api, onboarder)
      await api.post(
        `/onboarding/producers/${first.producer.id}/submit`,
        {},
        onboarder
      )
      const { data: sent } = await api.post(
        `/onboarding/producers/${first.producer.id}/invites`,
        { email: "dem@htx.test" },
        onboarder
      )
      await api.post(
        `/onboarding/producers/${first.producer.id}/invites`,
        {
          email: "dem2@htx.test",
        },
        onboarder
      )
      await api.post(`/admin/producers/${first.producer.id}/verify`, {}, admin)
      await api.post(`/invites/${sent.invite.url.split("/").pop()}/accept`, {
        password: "mat-khau-dai-du",
      })

      const { data } = await api.get("/admin/onboarding/stats", admin)

      const mine = data.stats.by_onboarder.find(
        (row) => row.onboarder.id === onboarder.id
      )
      expect(mine).toMatchObject({
        producers: {
          draft: 1,
          submitted: 0,
          verified: 1,
          suspended: 0,
          total: 2,
        },
        live_products: 1,
        invites_sent: 2,
        invites_accepted: 1,
      })
      const village = data.stats.by_village.find(
        (row) => row.village === "Thôn Xuân Thành"
      )
      expect(village).toMatchObject({
        producers: { total: 2 },
        live_products: 1,
      })
    })
  })
}
