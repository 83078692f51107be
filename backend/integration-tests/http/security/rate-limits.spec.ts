import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { settled } from "../../utils/api"
import { createStoreContext, type StoreContext } from "../../utils/store"
import {
  prepareMarketDefaults,
  seedProducerWithProduct,
} from "../portal/portal-fixtures"

// Windows of seconds stand in for the production quarter-hours; counts as in production. Each
// test speaks for its own shopper address through the storefront's signed x-client-ip, so the
// counters of one test never reach the next; only the forged-header test, last, spends the
// socket's own.
const WINDOW_SECONDS = 15
const STOREFRONT_SECRET = "storefront-shared-secret-0123456789"

medusaIntegrationTestRunner({
  env: {
    RATE_LIMIT_SIGN_IN_ACCOUNT: `10/${WINDOW_SECONDS}`,
    RATE_LIMIT_SIGN_IN_IP: `30/${WINDOW_SECONDS}`,
    RATE_LIMIT_ORDER_LOOKUP: `10/${WINDOW_SECONDS}`,
    RATE_LIMIT_LINK_CLICKS: `5/${WINDOW_SECONDS}`,
    RATE_LIMIT_SHARE_VISITS: `5/${WINDOW_SECONDS}`,
    RATE_LIMIT_PROMO_CODES: `5/${WINDOW_SECONDS}`,
    REVALIDATE_SECRET: STOREFRONT_SECRET,
  },
  testSuite: ({ api, getContainer }) => {
    let market: StoreContext

    beforeEach(async () => {
      await prepareMarketDefaults(getContainer())
      market = await createStoreContext(getContainer())
    })

    const shopper = (ip: string) => ({
      "x-client-ip": ip,
      "x-client-ip-secret": STOREFRONT_SECRET,
    })
    const signIn = (
      email: string,
      password: string,
      headers: Record<string, string>
    ) =>
      settled(
        api.post("/auth/producer/emailpass", { email, password }, { headers })
      )

    it("answers the 11th wrong password on one account with 429 and Retry-After; another account is unaffected; the window resets", async () => {
      const { member } = await seedProducerWithProduct(
        api,
        getContainer(),
        market
      )
      const from = shopper("198.51.100.1")
      for (let attempt = 1; attempt <= 10; attempt++) {
        const wrong = await signIn(
          member.email,
          `sai-mat-khau-${attempt}`,
          from
        )
        expect(wrong.status).toEqual(401)
      }
      const blocked = await signIn(member.email, "sai-mat-khau-11", from)
      expect(blocked.status).toEqual(429)
      const retryAfter = Number(blocked.headers?.["retry-after"])
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS)
      expect(blocked.data.message).toMatch(/thử lại sau \d+ giây/)
      // Even the right password waits, from anywhere: the guesser learns nothing.
      const elsewhere = shopper("198.51.100.2")
      expect(
        (await signIn(member.email, member.password, elsewhere)).status
      ).toEqual(429)

      const stranger = await signIn("nguoi-khac@htx.test", "sai-mat-khau", from)
      expect(stranger.status).toEqual(401)

      await new Promise((resolve) =>
        setTimeout(resolve, retryAfter * 1000 + 500)
      )
      expect(
        (await signIn(member.email, member.password, from)).status
      ).toEqual(200)
    })

    it("counts only failures, and a success clears the account's: the owner who mistypes is not locked out", async () => {
      const { member } = await seedProducerWithProduct(
        api,
        getContainer(),
        market
      )
      const from = shopper("198.51.100.3")
      for (let round = 0; round < 2; round++) {
        for (let attempt = 0; attempt < 9; attempt++) {
          expect(
            (await signIn(member.email, "go-nham-roi", from)).status
          ).toEqual(401)
        }
        expect(
          (await signIn(member.email, member.password, from)).status
        ).toEqual(200)
      }
    })

    it("answers in English when the request asks for it", async () => {
      const from = shopper("198.51.100.5")
      for (let attempt = 0; attempt < 10; attempt++) {
        await signIn("english@la.test", "wrong-password", from)
      }
      const blocked = await signIn("english@la.test", "wrong-password", {
        ...from,
        "x-medusa-locale": "en-US",
      })
      expect(blocked.status).toEqual(429)
      expect(blocked.data.message).toMatch(
        /Too many attempts.*try again in \d+ seconds/
      )
    })

    it("limits order lookups per contact wherever they come from, and link-out clicks and share visits per address", async () => {
      const lookup = (ip: string) =>
        settled(
          api.post(
            "/store/order-lookup",
            { display_id: 999999, contact: "nan-nhan@la.test" },
            { headers: { ...market.headers, ...shopper(ip) } }
          )
        )
      for (let attempt = 1; attempt <= 10; attempt++) {
        expect((await lookup(`198.51.100.${10 + attempt}`)).status).toEqual(404)
      }
      expect((await lookup("198.51.100.200")).status).toEqual(429)

      const { listing } = await seedProducerWithProduct(
        api,
        getContainer(),
        market
      )
      const click = () =>
        settled(
          api.post(
            `/store/marketplace-listings/${listing.id}/click`,
            {},
            { headers: { ...market.headers, ...shopper("198.51.100.30") } }
          )
        )
      const statuses: number[] = []
      for (let attempt = 0; attempt < 6; attempt++) {
        statuses.push((await click()).status)
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429])

      const visit = () =>
        settled(
          api.post(
            "/store/share-visits",
            { page: "home", source: "zalo" },
            { headers: { ...market.headers, ...shopper("198.51.100.31") } }
          )
        )
      const visits: number[] = []
      for (let attempt = 0; attempt < 6; attempt++) {
        visits.push((await visit()).status)
      }
      expect(visits).toEqual([201, 201, 201, 201, 201, 429])
    })
    it("answers the 6th refused promotion code from one address with 429; another address still tries", async () => {
      const {
        data: [region],
      } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "region", fields: ["id"] })
      const {
        data: { cart },
      } = await api.post(
        "/store/carts",
        { region_id: region.id },
        { headers: market.headers }
      )
      const tryCode = (code: string, ip: string) =>
        settled(
          api.post(
            `/store/carts/${cart.id}/promotions`,
            { promo_codes: [code] },
            { headers: { ...market.headers, ...shopper(ip) } }
          )
        )
      const statuses: number[] = []
      for (let attempt = 1; attempt <= 6; attempt++) {
        statuses.push((await tryCode(`DOAN${attempt}`, "198.51.100.40")).status)
      }
      expect(statuses).toEqual([400, 400, 400, 400, 400, 429])
      expect((await tryCode("DOAN7", "198.51.100.41")).status).toEqual(400)
    })

    it("limits one address across accounts; a forged X-Forwarded-For or an unsigned x-client-ip does not escape it", async () => {
      for (let attempt = 1; attempt <= 30; attempt++) {
        const response = await signIn(`khach${attempt}@la.test`, "doan-bua", {
          "x-forwarded-for": `203.0.113.${attempt}`,
          "x-client-ip": `192.0.2.${attempt}`,
        })
        expect(response.status).toEqual(401)
      }
      const blocked = await signIn("khach31@la.test", "doan-bua", {
        "x-forwarded-for": "203.0.113.99",
        "x-client-ip": "192.0.2.99",
        "x-client-ip-secret": "sai-bi-mat",
      })
      expect(blocked.status).toEqual(429)
      expect(blocked.headers?.["retry-after"]).toBeTruthy()

      // The storefront, with the shared secret, speaks for a different shopper.
      const otherShopper = await signIn(
        "khach32@la.test",
        "doan-bua",
        shopper("198.51.100.4")
      )
      expect(otherShopper.status).toEqual(401)
    })
  },
})
