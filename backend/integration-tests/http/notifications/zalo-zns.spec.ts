import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ProviderSendNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { zaloNotificationProvider } from "../../../src/config/zalo"
import ZaloZnsNotificationService from "../../../src/modules/providers/zalo-zns/service"
import { ZALO_NOT_A_ZALO_USER } from "../../../src/modules/providers/zalo-zns/zalo-api"
import {
  startZaloStandIn,
  ZALO_STAND_IN_APP,
  type ZaloStandIn,
} from "../../utils/zalo-stand-in"
import { phoneSignUpTests } from "./phone-sign-up.tests"
import {
  createCheckoutWorld,
  eventually,
  prepareVietqrCart,
} from "../checkout/fixtures"

const ORDER_PLACED_TEMPLATE = "312345"
const PAYMENT_RECEIVED_TEMPLATE = "312346"
const PHONE_VERIFICATION_TEMPLATE = "312347"
const SHOPPER = "84912345678"
const WITHOUT_ZALO = "84987654321"
const FIRST_REFRESH_TOKEN = ZALO_STAND_IN_APP.ZALO_OA_REFRESH_TOKEN
const ZNS_PARAMS = { order_code: "1042", total: 150000 }
const HOUR = 3_600_000

let zalo: ZaloStandIn

// Runs before the runner boots the app (a parent's hooks run first): medusa-config.ts then
// registers the Zalo provider pointed at the stand-in. One process per spec file.
beforeAll(async () => {
  zalo = await startZaloStandIn({
    approvedTemplates: [
      ORDER_PLACED_TEMPLATE,
      PAYMENT_RECEIVED_TEMPLATE,
      PHONE_VERIFICATION_TEMPLATE,
    ],
    notOnZalo: [WITHOUT_ZALO],
  })
  Object.assign(process.env, ZALO_STAND_IN_APP, zalo.urls, {
    ZALO_TEMPLATE_IDS: `order-placed=${ORDER_PLACED_TEMPLATE},payment-received=${PAYMENT_RECEIVED_TEMPLATE},phone-verification=${PHONE_VERIFICATION_TEMPLATE}`,
  })
})

afterAll(() => zalo.close())

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pg: Knex

    beforeEach(() => {
      zalo.reset()
      pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    })

    afterEach(() => {
      vi.useRealTimers()
    })

    /** A backend process (server or worker): its own provider, the shared database. */
    function startProcess(refreshToken: string = FIRST_REFRESH_TOKEN) {
      const provider = zaloNotificationProvider({
        ...process.env,
        ZALO_OA_REFRESH_TOKEN: refreshToken,
      })
      return new ZaloZnsNotificationService(
        {
          [ContainerRegistrationKeys.PG_CONNECTION]: pg,
          logger: getContainer().resolve(ContainerRegistrationKeys.LOGGER),
        },
        provider?.options
      )
    }

    function message(
      overrides: Partial<ProviderSendNotificationDTO> = {}
    ): ProviderSendNotificationDTO {
      return {
        to: SHOPPER,
        channel: "zalo",
        template: "order-placed",
        data: { zns_params: ZNS_PARAMS, tracking_id: "noti_order_1042" },
        ...overrides,
      }
    }

    function hoursLater(hours: number) {
      vi.useFakeTimers({ toFake: ["Date"] })
      vi.setSystemTime(Date.now() + hours * HOUR)
    }

    const storedTokens = () =>
      pg("zalo_oa_token")
        .where({ app_id: ZALO_STAND_IN_APP.ZALO_APP_ID })
        .first("refresh_token", "access_token_expires_at")

    it("sends the first message after renewing through the stand-in, and stores the rotated refresh token", async () => {
      const { id } = await startProcess().send(message())

      expect(zalo.delivered()).toEqual([
        expect.objectContaining({
          msgId: id,
          body: {
            phone: SHOPPER,
            template_id: ORDER_PLACED_TEMPLATE,
            template_data: ZNS_PARAMS,
            tracking_id: "noti_order_1042",
          },
        }),
      ])
      expect(zalo.oauthCalls).toEqual([
        { refreshToken: FIRST_REFRESH_TOKEN, accepted: true },
      ])
      const stored = await storedTokens()
      expect(stored.refresh_token).toBe(zalo.latestRefreshToken())
      expect(stored.refresh_token).not.toBe(FIRST_REFRESH_TOKEN)
      expect(stored.access_token_expires_at.getTime()).toBeGreaterThan(
        Date.now() + 24 * HOUR
      )
    })

    it("reuses the access token for the next message: one renewal for two messages (stand-in)", async () => {
      const shop = startProcess()
      await shop.send(message())
      await shop.send(message({ template: "payment-received" }))

      expect(zalo.delivered()).toHaveLength(2)
      expect(zalo.oauthCalls).toHaveLength(1)
    })

    it("renews 25 hours later with the stored, rotated refresh token, never the spent one (stand-in)", async () => {
      const shop = startProcess()
      await shop.send(message())
      const rotated = zalo.latestRefreshToken()

      hoursLater(25)
      await shop.send(message({ template: "payment-received" }))

      expect(zalo.oauthCalls).toEqual([
        { refreshToken: FIRST_REFRESH_TOKEN, accepted: true },
        { refreshToken: rotated, accepted: true },
      ])
      // Renewed before sending: Zalo never had to refuse an expired token.
      expect(zalo.znsCalls.map((call) => call.error)).toEqual([0, 0])
      expect((await storedTokens()).refresh_token).toBe(
        zalo.latestRefreshToken()
      )
    })

    it("continues after a restart from the stored tokens, not from the configured refresh token (stand-in)", async () => {
      await startProcess().send(message())
      const rotated = zalo.latestRefreshToken()

      await startProcess().send(message())
      expect(zalo.oauthCalls).toHaveLength(1)

      hoursLater(25)
      await startProcess().send(message())
      expect(zalo.oauthCalls).toEqual([
        { refreshToken: FIRST_REFRESH_TOKEN, accepted: true },
        { refreshToken: rotated, accepted: true },
      ])
      expect(zalo.znsCalls.map((call) => call.error)).toEqual([0, 0, 0])
    })

    it("spends the refresh token once when two processes renew at the same time (stand-in)", async () => {
      zalo.slowRenewals(300)
      const [server, worker] = [startProcess(), startProcess()]

      await Promise.all([
        server.send(message()),
        worker.send(message({ template: "payment-received" })),
      ])

      expect(zalo.oauthCalls).toEqual([
        { refreshToken: FIRST_REFRESH_TOKEN, accepted: true },
      ])
      expect(zalo.delivered()).toHaveLength(2)
    })

    it("renews once and sends again when Zalo refuses the access token (stand-in)", async () => {
      const shop = startProcess()
      await shop.send(message())
      zalo.revokeAccessToken()

      const { id } = await shop.send(message({ template: "payment-received" }))

      expect(zalo.znsCalls.map((call) => call.error)).toEqual([0, -124, 0])
      expect(zalo.znsCalls[2].msgId).toBe(id)
      expect(zalo.oauthCalls.map((call) => call.accepted)).toEqual([true, true])
    })

    it("takes the token another process renewed instead of spending the refresh token again (stand-in)", async () => {
      const [server, worker] = [startProcess(), startProcess()]
      await server.send(message())
      await worker.send(message())
      zalo.revokeAccessToken()
      await server.send(message())

      await worker.send(message())

      expect(zalo.znsCalls.map((call) => call.error)).toEqual([
        0, 0, -124, 0, -124, 0,
      ])
      expect(zalo.oauthCalls.map((call) => call.accepted)).toEqual([true, true])
    })

    it("adopts a new ZALO_OA_REFRESH_TOKEN once, then keeps its rotated successor (stand-in)", async () => {
      await startProcess().send(message())
      const reauthorized = zalo.authorizeAgain()

      hoursLater(25)
      await startProcess(reauthorized).send(message())
      const rotated = zalo.latestRefreshToken()
      hoursLater(25)
      await startProcess(reauthorized).send(message())

      expect(zalo.oauthCalls.slice(1)).toEqual([
        { refreshToken: reauthorized, accepted: true },
        { refreshToken: rotated, accepted: true },
      ])
    })

    it("marks a phone number without Zalo so that the dispatcher can reach the shopper another way (stand-in)", async () => {
      await expect(
        startProcess().send(message({ to: WITHOUT_ZALO }))
      ).rejects.toThrow(new RegExp(`^${ZALO_NOT_A_ZALO_USER}: `))
      expect(zalo.znsCalls.map((call) => call.error)).toEqual([-118])
    })

    it("names the setting to add for a message kind without an approved template", async () => {
      await expect(
        startProcess().send(message({ template: "order-shipped" }))
      ).rejects.toThrow(
        'No approved Zalo ZNS template for "order-shipped": add order-shipped=<template id> to ZALO_TEMPLATE_IDS'
      )
      expect(zalo.oauthCalls).toEqual([])
      expect(zalo.znsCalls).toEqual([])
    })

    it("sends through Medusa's notification module on the zalo channel, tracked by the notification's id (stand-in)", async () => {
      const notifications = getContainer().resolve(Modules.NOTIFICATION)

      const [sent] = await notifications.createNotifications([
        {
          to: SHOPPER,
          channel: "zalo",
          template: "order-placed",
          data: { zns_params: ZNS_PARAMS },
        },
      ])

      const [delivered] = zalo.delivered()
      expect(sent).toMatchObject({
        provider_id: "zalo-zns",
        status: "success",
        external_id: delivered.msgId,
      })
      expect(delivered.body.tracking_id).toBe(sent.id)
      await expect(
        notifications.createNotifications({
          to: WITHOUT_ZALO,
          channel: "zalo",
          template: "order-placed",
          data: { zns_params: ZNS_PARAMS },
        })
      ).rejects.toThrow(`:\n${ZALO_NOT_A_ZALO_USER}: `)
    })
    it("sends a shopper who agreed to Zalo their order there, and emails one whose number has no Zalo instead (stand-in)", async () => {
      const world = await createCheckoutWorld(getContainer())
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const place = async (phone: string, email: string | null) => {
        const { cartId } = await prepareVietqrCart(api, world, 1, {
          email,
          phone,
        })
        await api.post(
          `/store/carts/${cartId}`,
          { metadata: { zalo_consent: true } },
          { headers: world.headers }
        )
        const { data } = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          { headers: world.headers }
        )
        return data.order as { id: string; display_id: number }
      }
      const sentTo = (to: string) =>
        eventually(async () => {
          const found = await notifications.listNotifications({ to })
          // Recorded as pending first, then marked once the provider answered.
          const settled = found.every((n) => n.status !== "pending")
          return found.length && settled ? found : null
        }, 20_000)

      const { data: channels } = await api.get("/store/message-channels", {
        headers: world.headers,
      })
      expect(channels).toEqual({ zalo: true })
      // With Zalo offered and agreed to, the shopper need not give an email.
      const onZalo = await place("0912 345 678", null)
      const [onZaloSent] = await sentTo(SHOPPER)
      expect(onZaloSent).toMatchObject({
        channel: "zalo",
        template: "order-placed",
        status: "success",
        resource_type: "order",
        resource_id: onZalo.id,
      })
      const delivered = zalo.delivered().find((c) => c.body.phone === SHOPPER)
      expect(delivered?.body.template_id).toBe(ORDER_PLACED_TEMPLATE)
      expect(delivered?.body.template_data).toMatchObject({
        order_code: `#${onZalo.display_id}`,
      })
      expect(
        (await notifications.listNotifications({ channel: "email" })).filter(
          (n) => n.resource_id === onZalo.id
        )
      ).toEqual([])

      const withoutZalo = await place("0987 654 321", "binh@example.vn")
      const [fallback] = await sentTo("binh@example.vn")
      expect(fallback).toMatchObject({
        channel: "email",
        template: "order-placed",
        resource_id: withoutZalo.id,
      })
      const [refused] = await notifications.listNotifications({
        to: WITHOUT_ZALO,
      })
      expect(refused).toMatchObject({
        channel: "zalo",
        status: "failure",
        data: expect.objectContaining({ zalo_error: "not_a_zalo_user" }),
      })
    })

    describe("phone sign-up", () =>
      phoneSignUpTests({ api, getContainer }, () => zalo))
  },
})
