import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedProducer } from "../../utils/catalogue"
import {
  answerLog,
  callRoute,
  discoverRoutes,
  inOwnerSafeOrder,
} from "../../utils/routes"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import {
  customerHeaders,
  prepareMarketDefaults,
  signInProducerMember,
} from "../portal/portal-fixtures"
import {
  CONSENT,
  createCompleteDraft,
  signInOnboarder,
} from "./onboarding-fixtures"
import type { SuiteContext } from "../../utils/suite"

// Every /onboarding/* and officer producer route is found in the code, not in a
// hand-kept list, and called by every kind of caller. A route added later is covered the day
// it is written; a path parameter this file does not know fails loudly until a fixture exists.

const ROUTES = [
  "onboarding",
  "admin/producers",
  "admin/onboarding",
  "admin/onboarders",
].flatMap(discoverRoutes)
const ONBOARDING = ROUTES.filter((r) => r.path.startsWith("/onboarding"))
const OFFICER = ROUTES.filter((r) => r.path.startsWith("/admin"))

type Owned = Awaited<ReturnType<typeof createCompleteDraft>> & {
  memberId: string
  volunteerId: string
}

/** Fills `:param` with the owner's resource; the segment before names the collection. */
function ownerPath(route: string, owned: Owned): string {
  const values: Record<string, string> = {
    "producers/:id": owned.producer.id,
    "products/:product_id": owned.product.id,
    "members/:member_id": owned.memberId,
    "onboarders/:id": owned.volunteerId,
  }
  return route.replace(/([a-z-]+)\/:([a-z_]+)/g, (match) => {
    const value = values[match]
    if (!value) {
      throw new Error(
        `onboarding authorization-matrix.tests.ts has no fixture for "${match}" in ${route}: add one`
      )
    }
    return match.replace(/:[a-z_]+$/, value)
  })
}

/** Valid bodies, so that a refusal proves scoping and not validation. */
const bodies = (owned: Owned): Record<string, Record<string, unknown>> => ({
  "POST /onboarding/producers": {
    name: "HTX Người Lạ",
    kind: "farm",
    phone: "0987 111 222",
    consent: { given_by: "Người Lạ", method: "in_app" },
  },
  "POST /onboarding/producers/:id": { story_vi: "Chiếm đoạt" },
  "POST /onboarding/producers/:id/products": {
    title: "Sản phẩm lạ",
    variants: [{ title: "1kg", price: 1000, stock: 1 }],
  },
  "POST /onboarding/producers/:id/products/:product_id/certificate": {
    stars: 4,
    decision_number: "9/QĐ-UBND",
    issued_at: "2025-01-01",
  },
  "POST /onboarding/producers/:id/products/:product_id/season": {
    all_year: false,
    harvest_months: [6, 7],
  },
  "POST /onboarding/producers/:id/products/:product_id/marketplace-listings": {
    marketplace: "postmart",
    url: "https://postmart.vn/chiem-doat",
  },
  "POST /onboarding/producers/:id/invites": { email: "la@htx.test" },
  "POST /admin/producers": {
    handle: "htx-nguoi-la",
    name: "HTX Người Lạ",
    kind: "farm",
    phone: "0912345678",
  },
  "POST /admin/producers/:id": { name: "Đổi tên" },
  "POST /admin/producers/:id/products": { add: [owned.product.id] },
  "POST /admin/producers/:id/suspend": { reason: "Kiểm tra" },
})

export function authorizationMatrixTests({ api, getContainer }: SuiteContext) {
  let owned: Owned
  let owner: RequestHeaders
  let callers: Record<string, RequestHeaders | undefined>
  let officer: RequestHeaders

  beforeEach(async () => {
    const container = getContainer()
    await prepareMarketDefaults(container)
    const volunteer = await signInOnboarder(api, container)
    owner = volunteer
    const draft = await createCompleteDraft(api, owner, "Mứt dâu bí mật")
    await signInProducerMember(api, container, draft.producer.id)
    const {
      data: [member],
    } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "producer_member",
      fields: ["id"],
      filters: { producer_id: draft.producer.id },
    })
    owned = { ...draft, memberId: member.id, volunteerId: volunteer.id }
    await api.post(
      `/onboarding/producers/${owned.producer.id}/products/${owned.product.id}/marketplace-listings`,
      { marketplace: "voso", url: "https://voso.vn/mut-dau-bi-mat" },
      owner
    )
    const memberOf = await seedProducer(container)
    officer = await createAdminHeaders(container)
    callers = {
      anonymous: undefined,
      customer: await customerHeaders(container),
      producer: await signInProducerMember(api, container, memberOf.id),
      "another onboarder": await signInOnboarder(api, container),
    }
  })

  const ownerSecrets = () => [
    owned.producer.id,
    owned.producer.handle,
    owned.producer.name,
    owned.product.id,
    "Mứt dâu bí mật",
    "https://voso.vn/mut-dau-bi-mat",
    CONSENT.given_by,
    "+84912345678",
  ]

  /** Nothing of the owner's may come back, except what the caller itself sent. */
  const expectNoLeak = (
    who: string,
    response: { data: unknown },
    sent: string
  ) => {
    const body = JSON.stringify(response.data ?? "")
    for (const secret of ownerSecrets().filter((s) => !sent.includes(s))) {
      expect({ who, leaked: body.includes(secret) }).toEqual({
        who,
        leaked: false,
      })
    }
  }

  it("every route: outsiders get 401, another volunteer gets nothing of the owner's, the owner (or an officer) gets an answer", async () => {
    expect(ROUTES.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        "POST /onboarding/producers",
        "GET /onboarding/producers/:id/checklist",
        "POST /onboarding/producers/:id/submit",
        "POST /onboarding/producers/:id/invites",
        "POST /admin/producers/:id/verify",
        "POST /admin/producers/:id/suspend",
        "GET /admin/producers/:id/history",
        "GET /admin/onboarding/stats",
        "POST /onboarding/uploads",
      ])
    )
    const log = answerLog()
    const check = log.expect
    const answered = (status: number) =>
      status < 500 && ![401, 403, 404].includes(status)

    // One world for all routes: the volunteer's routes first, then the officer's, each in an
    // order the owner's own successful writes cannot break.
    for (const route of inOwnerSafeOrder(ONBOARDING)) {
      const key = `${route.method} ${route.path}`
      const url = ownerPath(route.path, owned)
      const body = bodies(owned)[key] ?? {}
      const sent = url + JSON.stringify(body)
      const { "another onboarder": other, ...outsiders } = callers
      for (const [who, headers] of Object.entries({
        ...outsiders,
        officer,
      })) {
        const response = await callRoute(api, route.method, url, body, headers)
        check(key, who, response.status === 401, response.status)
        expectNoLeak(who, response, sent)
      }
      const theirs = await callRoute(api, route.method, url, body, other)
      check(
        key,
        "another onboarder",
        route.path.includes(":")
          ? theirs.status === 404
          : theirs.status < 500 && ![401, 403].includes(theirs.status),
        theirs.status
      )
      expectNoLeak("another onboarder", theirs, sent)
      const mine = await callRoute(api, route.method, url, body, owner)
      check(key, "the owner", answered(mine.status), mine.status)
    }

    for (const route of inOwnerSafeOrder(OFFICER)) {
      const key = `${route.method} ${route.path}`
      const url = ownerPath(route.path, owned)
      const body = bodies(owned)[key] ?? {}
      const sent = url + JSON.stringify(body)
      for (const [who, headers] of Object.entries({
        ...callers,
        "owner onboarder": owner,
      })) {
        const response = await callRoute(api, route.method, url, body, headers)
        check(key, who, response.status === 401, response.status)
        expectNoLeak(who, response, sent)
      }
      const answer = await callRoute(api, route.method, url, body, officer)
      check(key, "an officer", answered(answer.status), answer.status)
    }
    expect(log.problems).toEqual([])
  })
}
