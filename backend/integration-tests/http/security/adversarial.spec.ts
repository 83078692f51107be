import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { fingerprint } from "../../utils/fingerprint"
import {
  callRoute,
  discoverAppRoutes,
  type DiscoveredRoute,
} from "../../utils/routes"
import { createStoreContext } from "../../utils/store"
import { runWorkflow } from "../../utils/workflows"
import { signInOnboarder } from "../onboarding/onboarding-fixtures"
import {
  customerHeaders,
  placeOrder,
  prepareMarketDefaults,
  seedProducerWithProduct,
  signInProducerMember,
} from "../portal/portal-fixtures"

// Every route the running backend serves — Medusa's own and the market's — called by every kind
// of outsider and by the owner, with ids of a victim producer and its shoppers' orders. No answer
// may carry someone else's personal data, and after every write that is refused (and every write
// by an outsider) a read-back of the victim's records proves nothing changed.

/** The victim's shopper: their details may reach only the producer that ships to them. */
const VICTIM_SHOPPER = {
  email: "nan-nhan-bi-mat@xuantho.test",
  first_name: "Bí",
  last_name: "Mật Nạn Nhân",
  phone: "+84911222333",
  address_1: "88 Đường Riêng Tư",
}
/** Another producer's shopper: only that producer may see them. */
const FOREIGN_SHOPPER = {
  email: "khach-cua-nguoi-khac@xuantho.test",
  first_name: "Khách",
  last_name: "Của Người Khác",
  phone: "+84933444555",
  address_1: "77 Hẻm Kín Đáo",
}
const markersOf = (shopper: typeof VICTIM_SHOPPER) => [
  shopper.email,
  shopper.last_name,
  shopper.phone.slice(3),
  shopper.address_1,
]

type World = Awaited<ReturnType<typeof buildWorld>>

async function buildWorld(
  api: Parameters<typeof seedProducerWithProduct>[0],
  container: MedusaContainer
) {
  const market = await prepareMarketDefaults(container)
  const store = await createStoreContext(container)
  const victim = await seedProducerWithProduct(api, container, market)
  const foreign = await seedProducerWithProduct(api, container, market)
  const suspended = await seedProducerWithProduct(api, container, market)
  const victimOrder = await placeOrder(
    container,
    market,
    [{ variant_id: victim.variantId, quantity: 1 }],
    VICTIM_SHOPPER
  )
  const foreignOrder = await placeOrder(
    container,
    market,
    [{ variant_id: foreign.variantId, quantity: 1 }],
    FOREIGN_SHOPPER
  )
  const removed = await signInProducerMember(api, container, victim.producer.id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members } = await query.graph({
    entity: "producer_member",
    fields: ["id", "email"],
    filters: { producer_id: victim.producer.id },
  })
  const memberId = (email: string) =>
    members.find((member) => member.email === email)!.id as string
  await runWorkflow(container, "remove-producer-member", {
    producer_id: victim.producer.id,
    member_id: memberId(removed.email),
  })
  const admin = await createAdminHeaders(container)
  await api.post(
    `/admin/producers/${suspended.producer.id}/suspend`,
    { reason: "Kiểm tra định kỳ" },
    admin
  )
  const volunteer = await signInOnboarder(api, container)
  const customer = await customerHeaders(container)

  const withKey = (headers?: RequestHeaders): RequestHeaders => ({
    headers: { ...store.headers, ...(headers?.headers ?? {}) },
  })
  const victimMarkers = [...markersOf(VICTIM_SHOPPER), victim.member.email]
  const foreignMarkers = [...markersOf(FOREIGN_SHOPPER), foreign.member.email]
  const actors = {
    anonymous: { headers: withKey(), mayRead: [] as string[] },
    customer: { headers: withKey(customer), mayRead: [] as string[] },
    "member of another producer": {
      headers: withKey(foreign.member),
      mayRead: foreignMarkers,
    },
    "removed member": { headers: withKey(removed), mayRead: [] as string[] },
    "suspended producer's member": {
      headers: withKey(suspended.member),
      mayRead: [] as string[],
    },
    "another volunteer": {
      headers: withKey(volunteer),
      mayRead: [] as string[],
    },
    owner: { headers: withKey(victim.member), mayRead: victimMarkers },
  }
  const ids = {
    producer: victim.producer.id as string,
    handle: victim.producer.handle as string,
    product: victim.product.id as string,
    variant: victim.variantId,
    listing: victim.listing.id as string,
    member: memberId(victim.member.email),
    order: victimOrder.id,
    orders: [victimOrder.id, foreignOrder.id],
    products: [victim.product.id, foreign.product.id, suspended.product.id],
    volunteer: volunteer.id,
  }
  return {
    actors,
    ids,
    forbidden: [...victimMarkers, ...foreignMarkers],
  }
}

/** Fills each `:param` with the victim's record the collection before it names. */
function victimPath(route: string, ids: World["ids"]): string {
  const byCollection: Record<string, string> = {
    orders: ids.order,
    products: ids.product,
    producers: ids.producer,
    variants: ids.variant,
    "marketplace-listings": ids.listing,
    members: ids.member,
    onboarders: ids.volunteer,
  }
  const byParam: Record<string, string> = {
    handle: ids.handle,
    product_id: ids.product,
    variant_id: ids.variant,
    listing_id: ids.listing,
    member_id: ids.member,
  }
  return route.replace(
    /([a-z-]+)\/:([a-z_]+)/g,
    (_, collection: string, param: string) =>
      `${collection}/${byParam[param] ?? byCollection[collection] ?? `${param}_missing`}`
  )
}

const ACTOR_NAMES = [
  "anonymous",
  "customer",
  "member of another producer",
  "removed member",
  "suspended producer's member",
  "another volunteer",
  "owner",
] as const

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let routes: DiscoveredRoute[]

    beforeEach(() => {
      routes = discoverAppRoutes().filter(
        // The test runner's own liveness route; Medusa's admin bundle is not served in tests.
        (route) => route.path !== "/health"
      )
    })

    it("takes its routes from the running app: Medusa's own and the market's", () => {
      const keys = routes.map((route) => `${route.method} ${route.path}`)
      expect(keys).toEqual(
        expect.arrayContaining([
          "GET /store/orders/:id",
          "POST /store/orders/:id/transfer/request",
          "POST /store/returns",
          "POST /auth/:actor_type/:auth_provider/register",
          "GET /admin/orders/:id",
          "GET /producer/orders",
          "POST /onboarding/producers/:id/invites",
          "DELETE /admin/producers/:id/members/:member_id",
          "POST /store/carts/:id/order-proof",
        ])
      )
      expect(routes.length).toBeGreaterThan(400)
    })

    // Thousands of calls: on a busy two-core machine they take minutes, not seconds.
    it("no answer of any route × actor carries another person's data, and no refused write changes anything", async () => {
      const container = getContainer()
      const world: World = await buildWorld(api, container)
      const leaks: string[] = []
      const changes: string[] = []
      let calls = 0
      let readBacks = 0
      // The owner goes last: its own successful writes may change its records.
      for (const actorName of ACTOR_NAMES) {
        const actor = world.actors[actorName]
        const forbidden = world.forbidden.filter(
          (marker) => !actor.mayRead.includes(marker)
        )
        let before = await fingerprint(container, world.ids)
        for (const route of routes) {
          const url = victimPath(route.path, world.ids)
          const response = await callRoute(
            api,
            route.method,
            url,
            {},
            actor.headers
          )
          calls++
          const text = JSON.stringify(response.data ?? "")
          for (const marker of forbidden.filter((m) => text.includes(m))) {
            leaks.push(
              `${actorName}: ${route.method} ${url} → ${response.status}: ${marker}`
            )
          }
          if (route.method === "GET") {
            continue
          }
          const after = await fingerprint(container, world.ids)
          readBacks++
          const ownWrite = actorName === "owner" && response.status < 300
          if (after !== before && !ownWrite) {
            changes.push(
              `${actorName}: ${route.method} ${url} → ${response.status}`
            )
          }
          before = after
        }
      }
      // The figures the suite covered, for the run's log.
      process.stdout.write(
        `adversarial suite: ${routes.length} routes × ${ACTOR_NAMES.length} actors = ${calls} calls, ${readBacks} writes read back\n`
      )
      expect(leaks).toEqual([])
      expect(changes).toEqual([])
      expect(calls).toEqual(routes.length * ACTOR_NAMES.length)
    }, 300_000)
  },
})
