// Shared set-up of the portal specs: producers with signed-in members, a stock location in the
// store's default channel, and tokens of every other actor type.
import type {
  InferTypeOf,
  MedusaContainer,
  OrderDTO,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  generateJwtToken,
  Modules,
} from "@medusajs/framework/utils"
import { setUpStore } from "../../../src/scripts/seed/store-setup"
import type MarketplaceListing from "../../../src/modules/marketplace/models/marketplace-listing"
import { registerEmailpassIdentity } from "../../utils/accounts"
import type { RequestHeaders } from "../../utils/admin"
import type { TestApi, TokenResponse } from "../../utils/api"
import { seedProducer, seedProduct } from "../../utils/catalogue"
import { runWorkflow } from "../../utils/workflows"

let sequence = 0

/**
 * The demo market's store set-up (default sales channel, stock location, region, shipping
 * options), the same one the seed uses: what the portal sells, stocks and ships through.
 */
export async function prepareMarketDefaults(container: MedusaContainer) {
  return setUpStore(container)
}

/**
 * An order as checkout would leave it, with the nationwide shipping method; paid (captured, as
 * after a matched bank transfer) unless `paid` is false.
 */
export async function placeOrder(
  container: MedusaContainer,
  market: { regionId: string; salesChannelId: string },
  lines: { variant_id: string; quantity: number }[],
  shopper: {
    email?: string
    first_name?: string
    last_name?: string
    phone?: string
    address_1?: string
  } = {},
  { paid = true }: { paid?: boolean } = {}
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name"],
    filters: { name: "Giao hàng toàn quốc" },
  })
  const order = await runWorkflow<OrderDTO>(container, "create-orders", {
    region_id: market.regionId,
    sales_channel_id: market.salesChannelId,
    email: shopper.email ?? `khach${++sequence}@xuantho.test`,
    currency_code: "vnd",
    shipping_address: {
      first_name: shopper.first_name ?? "An",
      last_name: shopper.last_name ?? "Nguyễn",
      phone: shopper.phone ?? "+84912345678",
      address_1: shopper.address_1 ?? "12 Hoàng Văn Thụ",
      city: "Phường Xuân Hương - Đà Lạt",
      province: "Lâm Đồng",
      country_code: "vn",
    },
    items: lines,
    shipping_methods: [
      {
        name: "Giao hàng toàn quốc",
        amount: 30000,
        shipping_option_id: options[0].id,
      },
    ],
  })
  if (paid) {
    const [collection] = await runWorkflow<{ id: string }[]>(
      container,
      "create-order-payment-collection",
      { order_id: order.id, amount: Number(order.total) }
    )
    await runWorkflow(container, "mark-payment-collection-as-paid", {
      order_id: order.id,
      payment_collection_id: collection.id,
    })
  }
  return order
}

/** Gets an emailpass sign-in and becomes a member of `producerId`, then signs in. */
export async function signInProducerMember(
  api: TestApi,
  container: MedusaContainer,
  producerId: string
): Promise<RequestHeaders & { email: string; password: string }> {
  const n = ++sequence
  const email = `thanhvien${n}@xuantho.test`
  const password = `mat-khau-${n}-dai`
  const authIdentityId = await registerEmailpassIdentity(
    container,
    email,
    password
  )
  await runWorkflow(container, "create-producer-member", {
    producer_id: producerId,
    email,
    name: `Thành viên ${n}`,
    auth_identity_id: authIdentityId,
  })
  const { data } = await api.post<TokenResponse>("/auth/producer/emailpass", {
    email,
    password,
  })
  return { headers: { authorization: `Bearer ${data.token}` }, email, password }
}

/** A signed token of any actor type (customer, user, onboarder) with a made-up actor id. */
export function tokenFor(
  container: MedusaContainer,
  actorType: string
): RequestHeaders {
  const { projectConfig } = container.resolve(
    ContainerRegistrationKeys.CONFIG_MODULE
  )
  const actorId = `${actorType}_${++sequence}`
  const token = generateJwtToken(
    {
      actor_id: actorId,
      actor_type: actorType,
      auth_identity_id: `authid_${sequence}`,
      app_metadata: { [`${actorType}_id`]: actorId },
    },
    { secret: projectConfig.http.jwtSecret, expiresIn: "1h" }
  )
  return { headers: { authorization: `Bearer ${token}` } }
}

/** A real shopper: a customer record and a token for it. */
export async function customerHeaders(container: MedusaContainer) {
  const customers = container.resolve(Modules.CUSTOMER)
  const customer = await customers.createCustomers({
    email: `khach${++sequence}@xuantho.test`,
  })
  const { projectConfig } = container.resolve(
    ContainerRegistrationKeys.CONFIG_MODULE
  )
  const token = generateJwtToken(
    {
      actor_id: customer.id,
      actor_type: "customer",
      auth_identity_id: `authid_${sequence}`,
      app_metadata: { customer_id: customer.id },
    },
    { secret: projectConfig.http.jwtSecret, expiresIn: "1h" }
  )
  return { headers: { authorization: `Bearer ${token}` } }
}

/** A verified producer with one stocked, published product carrying a voso listing, and a member. */
export async function seedProducerWithProduct(
  api: TestApi,
  container: MedusaContainer,
  market: { salesChannelId: string }
) {
  const producer = await seedProducer(container)
  const product = await seedProduct(container, {
    salesChannelId: market.salesChannelId,
    producerId: producer.id,
    title: `Hồng treo gió ${++sequence}`,
  })
  const listing = await runWorkflow<InferTypeOf<typeof MarketplaceListing>>(
    container,
    "create-marketplace-listing",
    {
      product_id: product.id,
      marketplace: "voso",
      url: `https://voso.vn/hong-treo-gio-${sequence}`,
    }
  )
  const member = await signInProducerMember(api, container, producer.id)
  return {
    producer,
    product,
    variantId: product.variants[0].id as string,
    listing,
    member,
  }
}
