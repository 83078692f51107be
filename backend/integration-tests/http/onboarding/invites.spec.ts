import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type ProducerModuleService from "../../../src/modules/producer/service"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { eventually } from "../checkout/fixtures"
import { prepareMarketDefaults } from "../portal/portal-fixtures"
import {
  createDraft,
  producerIn,
  refusal,
  signInOnboarder,
  type SignedInOnboarder,
} from "./onboarding-fixtures"

// A single-use, expiring link with which the producer's member sets a password and
// becomes a `producer` actor of the portal.

const STOREFRONT_URL = "https://cho.xuantho.test"

medusaIntegrationTestRunner({
  env: { STOREFRONT_PUBLIC_URL: STOREFRONT_URL },
  testSuite: ({ api, getContainer }) => {
    let admin: RequestHeaders
    let onboarder: SignedInOnboarder

    beforeEach(async () => {
      const container = getContainer()
      await prepareMarketDefaults(container)
      admin = await createAdminHeaders(container)
      onboarder = await signInOnboarder(api, container)
    })

    const invite = async (producerId: string, email: string) => {
      const { data } = await api.post(
        `/onboarding/producers/${producerId}/invites`,
        { email },
        onboarder
      )
      return {
        ...data.invite,
        token: data.invite.url.split("/").pop() as string,
      }
    }

    it("sends a link that opens once: the member sets a password and signs in to the portal", async () => {
      const producer = await createDraft(api, onboarder, {
        name: "HTX Hồng treo gió",
      })
      const before = Date.now()

      const sent = await invite(producer.id, "ThanhVien@HTX.test")

      expect(sent.url).toMatch(
        new RegExp(`^${STOREFRONT_URL}/vi/portal/invite/[A-Za-z0-9_-]{43}$`)
      )
      const ttl = Date.parse(sent.expires_at) - before
      expect(ttl).toBeGreaterThan(6.9 * 24 * 3600 * 1000)
      expect(ttl).toBeLessThan(7.1 * 24 * 3600 * 1000)

      // The member also gets the link by email, on the public storefront, with its QR code.
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const [email] = await eventually(async () => {
        const found = await notifications.listNotifications({
          to: "thanhvien@htx.test",
        })
        return found.length ? found : null
      })
      expect(email).toMatchObject({
        channel: "email",
        template: "producer-invite",
        resource_type: "producer",
        resource_id: producer.id,
        data: expect.objectContaining({ invite_url: sent.url }),
      })

      const opened = await api.get(`/invites/${sent.token}`)
      expect(opened.data.invite).toEqual({
        email: "thanhvien@htx.test",
        expires_at: sent.expires_at,
        producer: { name: "HTX Hồng treo gió" },
      })

      const short = await refusal(
        api.post(`/invites/${sent.token}/accept`, { password: "ngan" })
      )
      expect(short.status).toEqual(400)
      expect(short.data.message).toContain("password")

      const accepted = await api.post(`/invites/${sent.token}/accept`, {
        password: "mat-khau-dai-du",
      })
      expect(accepted.status).toEqual(200)
      expect(accepted.data.producer).toEqual({
        id: producer.id,
        name: "HTX Hồng treo gió",
      })

      const signIn = await api.post("/auth/producer/emailpass", {
        email: "thanhvien@htx.test",
        password: "mat-khau-dai-du",
      })
      const me = await api.get("/producer/me", {
        headers: { authorization: `Bearer ${signIn.data.token}` },
      })
      expect(me.data.producer.id).toEqual(producer.id)

      for (const request of [
        api.get(`/invites/${sent.token}`),
        api.post(`/invites/${sent.token}/accept`, {
          password: "mat-khau-khac",
        }),
      ]) {
        const used = await refusal(request)
        expect(used.status).toEqual(410)
        expect(used.data.type).toEqual("invite_used")
        expect(used.data.message).toContain("already been used")
      }

      const { data } = await api.get(
        `/onboarding/producers/${producer.id}/invites`,
        onboarder
      )
      expect(data.invites).toEqual([
        expect.objectContaining({ email: "thanhvien@htx.test", state: "used" }),
      ])
      expect(JSON.stringify(data)).not.toContain(sent.token)
    })

    it("refuses an expired link with 410 and says so, and an unknown one with 404", async () => {
      const producer = await createDraft(api, onboarder)
      const sent = await invite(producer.id, "muon@htx.test")
      const service = getContainer().resolve<ProducerModuleService>("producer")
      const [stored] = await service.listProducerInvites({
        producer_id: producer.id,
      })
      await service.updateProducerInvites({
        id: stored.id,
        expires_at: new Date(Date.now() - 1000),
      })

      for (const request of [
        api.get(`/invites/${sent.token}`),
        api.post(`/invites/${sent.token}/accept`, {
          password: "mat-khau-dai-du",
        }),
      ]) {
        const expired = await refusal(request)
        expect(expired.status).toEqual(410)
        expect(expired.data.type).toEqual("invite_expired")
        expect(expired.data.message).toContain("expired")
      }
      const signIn = await refusal(
        api.post("/auth/producer/emailpass", {
          email: "muon@htx.test",
          password: "mat-khau-dai-du",
        })
      )
      expect(signIn.status).toEqual(401)

      const unknown = await refusal(api.get("/invites/khong-co-that"))
      expect(unknown.status).toEqual(404)
    })

    it("sends no invite for a suspended producer, in any other status it does", async () => {
      const suspended = await producerIn(api, onboarder, admin, "suspended")
      const refused = await refusal(
        api.post(
          `/onboarding/producers/${suspended.producer.id}/invites`,
          { email: "a@htx.test" },
          onboarder
        )
      )
      expect(refused.status).toEqual(400)
      expect(refused.data.message).toContain("suspended")

      const submitted = await producerIn(api, onboarder, admin, "submitted")
      const sent = await invite(submitted.producer.id, "b@htx.test")
      expect(sent.url).toContain("/vi/portal/invite/")

      const badEmail = await refusal(
        api.post(
          `/onboarding/producers/${submitted.producer.id}/invites`,
          { email: "khong-phai-email" },
          onboarder
        )
      )
      expect(badEmail.status).toEqual(400)
      expect(badEmail.data.message).toContain("email")
    })

    it("does not let a link be used once the producer is suspended", async () => {
      const { producer } = await producerIn(api, onboarder, admin, "submitted")
      const sent = await invite(producer.id, "sau@htx.test")
      await api.post(`/admin/producers/${producer.id}/verify`, {}, admin)
      await api.post(
        `/admin/producers/${producer.id}/suspend`,
        { reason: "Kiểm tra lại" },
        admin
      )

      const refused = await refusal(
        api.post(`/invites/${sent.token}/accept`, {
          password: "mat-khau-dai-du",
        })
      )
      expect(refused.status).toEqual(400)
      expect(refused.data.message).toContain("suspended")
    })
  },
})
