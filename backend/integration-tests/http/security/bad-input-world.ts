import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import type { TestApi } from "../../utils/api"
import { createStoreContext } from "../../utils/store"
import { BANK_HOOK_KEY } from "../checkout/fixtures"
import {
  createCompleteDraft,
  signInOnboarder,
} from "../onboarding/onboarding-fixtures"
import {
  placeOrder,
  prepareMarketDefaults,
  seedProducerWithProduct,
} from "../portal/portal-fixtures"

// The records and callers of the bad-input property tests: one caller per API area, each
// passing that area's sign-in and owning the records whose ids fill the routes' paths.

export type Area = { headers?: RequestHeaders; ids: Record<string, string> }

/**
 * For each first path segment, the caller that passes the routes' authentication and the
 * records of its own that fill their `:params`, by param name or by the collection before it.
 */
export async function buildBadInputWorld(
  api: TestApi,
  container: MedusaContainer
) {
  const market = await prepareMarketDefaults(container)
  const store = await createStoreContext(container)
  const seeded = await seedProducerWithProduct(api, container, market)
  const order = await placeOrder(container, market, [
    { variant_id: seeded.variantId, quantity: 1 },
  ])
  const admin = await createAdminHeaders(container)
  const volunteer = await signInOnboarder(api, container)
  const draft = await createCompleteDraft(api, volunteer)
  const {
    data: { invite },
  } = await api.post<{ invite: { url: string } }>(
    `/onboarding/producers/${draft.producer.id}/invites`,
    { email: "thanh-vien-moi@htx.test" },
    volunteer
  )
  const areas: Record<string, Area> = {
    admin: {
      headers: admin,
      ids: {
        producers: seeded.producer.id,
        products: seeded.product.id,
        orders: order.id,
        // The validator answers before the route looks the transaction up.
        "bank-transactions": "btx_never_read",
      },
    },
    producer: {
      headers: seeded.member,
      ids: {
        products: seeded.product.id,
        variant_id: seeded.variantId,
        listing_id: seeded.listing.id,
        orders: order.id,
      },
    },
    onboarding: {
      headers: volunteer,
      ids: { producers: draft.producer.id, product_id: draft.product.id },
    },
    store: {
      headers: store,
      ids: {
        "marketplace-listings": seeded.listing.id,
        orders: order.id,
        handle: seeded.producer.handle,
      },
    },
    invites: { ids: { invites: invite.url.split("/").pop()! } },
    hooks: { headers: BANK_HOOK_KEY, ids: {} },
  }
  return {
    areas,
    scope: {
      products: [seeded.product.id, draft.product.id],
      orders: [order.id],
    },
  }
}

export type BadInputWorld = Awaited<ReturnType<typeof buildBadInputWorld>>

/** The caller and ids of a route, by its first path segment. */
export function areaOf(path: string, world: BadInputWorld): Area {
  const area = world.areas[path.split("/")[1]]
  if (!area) {
    throw new Error(
      `No caller is set up for ${path}: add its area to buildBadInputWorld`
    )
  }
  return area
}

/** The route's path with each `:param` filled from the area's ids. */
export function pathIn(matcher: string, area: Area): string {
  return matcher.replace(
    /([a-z-]+)\/:([a-z_]+)/g,
    (_, collection: string, param: string) => {
      const id = area.ids[param] ?? area.ids[collection]
      if (!id) {
        throw new Error(
          `No id for :${param} in ${matcher}: add it to buildBadInputWorld`
        )
      }
      return `${collection}/${id}`
    }
  )
}
