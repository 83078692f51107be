import type { RequestHeaders } from "../../utils/admin"
import {
  answerLog,
  callRoute,
  discoverRoutes,
  inOwnerSafeOrder,
} from "../../utils/routes"
import {
  customerHeaders,
  placeOrder,
  prepareMarketDefaults,
  seedProducerWithProduct,
  tokenFor,
} from "./portal-fixtures"
import type { SuiteContext } from "../../utils/suite"

// Every /producer/* route is found in the code, not in a hand-kept list, and called by
// every kind of caller. A route added later is covered the day it is written; a route with a
// path parameter this file does not know fails loudly until a fixture is added below.

const ROUTES = discoverRoutes("producer")

type Owned = Awaited<ReturnType<typeof seedProducerWithProduct>> & {
  orderId: string
}

/** Fills `:param` with the owner's resource; the segment before names the collection. */
function ownerPath(route: string, owned: Owned): string {
  const values: Record<string, string> = {
    "products/:id": owned.product.id,
    "variants/:variant_id": owned.variantId,
    "marketplace-listings/:listing_id": owned.listing.id,
    "orders/:id": owned.orderId,
  }
  return route.replace(/([a-z-]+)\/:([a-z_]+)/g, (match) => {
    const value = values[match]
    if (!value) {
      throw new Error(
        `authorization-matrix.tests.ts has no fixture for "${match}" in ${route}: add one`
      )
    }
    return match.replace(/:[a-z_]+$/, value)
  })
}

/** Valid bodies, so that a refusal proves scoping and not validation. */
const BODIES: Record<string, Record<string, unknown>> = {
  "POST /producer/products": {
    title: "Sản phẩm lạ",
    variants: [{ title: "1kg", price: 1000, stock: 1 }],
  },
  "POST /producer/products/:id": { title: "Đổi tên của người khác" },
  "POST /producer/products/:id/variants/:variant_id": { price: 1000 },
  "POST /producer/products/:id/season": {
    all_year: false,
    harvest_months: [6, 7],
  },
  "POST /producer/products/:id/preorder": {
    harvest_on: new Date(Date.now() + 30 * 24 * 3600 * 1000)
      .toISOString()
      .slice(0, 10),
    quantity: 10,
  },
  "POST /producer/products/:id/marketplace-listings": {
    marketplace: "postmart",
    url: "https://postmart.vn/chiem-doat",
  },
  "POST /producer/products/:id/marketplace-listings/:listing_id": {
    url: "https://voso.vn/chiem-doat",
  },
  "POST /producer/me/notification-settings": {
    settings: { "producer-new-order": false },
  },
  "POST /producer/orders/:id/ship": {
    carrier: "viettelpost",
    tracking_number: "VTP000",
  },
}

/** Valid queries of the GET routes that read one, for the same reason. */
const QUERIES: Record<string, string> = {
  "GET /producer/products/:id/qr.pdf": "?layout=labels",
}

export function authorizationMatrixTests({ api, getContainer }: SuiteContext) {
  let owner: Owned
  let intruder: Owned
  let callers: Record<string, RequestHeaders | undefined>

  beforeEach(async () => {
    const container = getContainer()
    const market = await prepareMarketDefaults(container)
    const seededOwner = await seedProducerWithProduct(api, container, market)
    const order = await placeOrder(container, market, [
      { variant_id: seededOwner.variantId, quantity: 1 },
    ])
    owner = { ...seededOwner, orderId: order.id }
    intruder = {
      ...(await seedProducerWithProduct(api, container, market)),
      orderId: "",
    }
    callers = {
      anonymous: undefined,
      customer: await customerHeaders(container),
      officer: tokenFor(container, "user"),
      onboarder: tokenFor(container, "onboarder"),
    }
  })

  const ownerSecrets = () => [
    owner.product.id,
    owner.product.title,
    owner.variantId,
    owner.listing.id,
    owner.listing.url,
    owner.producer.id,
    owner.producer.handle,
    owner.member.email,
    owner.orderId,
    "Nguyễn An",
  ]

  /** Nothing of the owner's may come back, except the ids the caller itself sent. */
  const expectNoLeak = (response: { data: unknown }, sent: string) => {
    const body = JSON.stringify(response.data ?? "")
    for (const secret of ownerSecrets().filter((s) => !sent.includes(s))) {
      expect(body).not.toContain(secret)
    }
  }

  it("every route: no token, customer, officer and onboarder get 401; another producer gets nothing of the owner's; the owner gets an answer", async () => {
    expect(ROUTES.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        "GET /producer/me",
        "GET /producer/products",
        "POST /producer/products",
        "POST /producer/products/:id/variants/:variant_id",
      ])
    )
    const log = answerLog()
    const expectStatus = log.expect
    // One world for all routes: reads first, then writes, deletions last and deepest first,
    // so that the owner's own successful writes never remove what a later route needs.
    for (const route of inOwnerSafeOrder(ROUTES)) {
      const key = `${route.method} ${route.path}`
      const url = ownerPath(route.path, owner) + (QUERIES[key] ?? "")
      const body = BODIES[key] ?? {}
      const sent = url + JSON.stringify(body)

      for (const [who, headers] of Object.entries(callers)) {
        const response = await callRoute(api, route.method, url, body, headers)
        expectStatus(key, who, response.status === 401, response.status)
        expectNoLeak(response, sent)
      }

      const other = await callRoute(
        api,
        route.method,
        url,
        body,
        intruder.member
      )
      expectStatus(
        key,
        "another producer",
        route.path.includes(":")
          ? other.status === 404
          : other.status < 500 && ![401, 403].includes(other.status),
        other.status
      )
      expectNoLeak(other, sent)

      const mine = await callRoute(api, route.method, url, body, owner.member)
      expectStatus(
        key,
        "the owner",
        mine.status < 500 && ![401, 403, 404].includes(mine.status),
        mine.status
      )
    }
    expect(log.problems).toEqual([])
  })
}
