import type { HttpTypes, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { TestApi } from "../../utils/api"
import { seedProducer } from "../../utils/catalogue"
import { createStoreContext, type StoreContext } from "../../utils/store"
import { runWorkflow } from "../../utils/workflows"
import {
  SYSTEM_PROVIDER_ID,
  VIETQR_PROVIDER_ID,
} from "../../../src/utils/payment-providers"
import type { VietqrSessionData } from "../../../src/modules/providers/vietqr/service"

export const VIETQR = VIETQR_PROVIDER_ID
// Matches the development default in src/config/env.ts (tests run without VIETQR_* set).
export const WEBHOOK_KEY = "xuan-tho-development-vietqr-key"

export type CheckoutWorld = StoreContext & {
  regionId: string
  shippingOptionId: string
  variantId: string
  inventoryItemId: string
  price: number
  productId: string
  producerId: string
  shippingProfileId: string
  locationId: string
}

let sequence = 0

/** Việt Nam region with VietQR, a stock location, nationwide shipping and one stocked product. */
export async function createCheckoutWorld(
  container: MedusaContainer,
  { stock = 10, price = 120000 } = {}
): Promise<CheckoutWorld> {
  const n = ++sequence
  const store = await createStoreContext(container)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: `Việt Nam ${n}`,
          currency_code: "vnd",
          countries: ["vn"],
          payment_providers: [SYSTEM_PROVIDER_ID, VIETQR],
        },
      ],
    },
  })
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: `Kho ${n}` }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [store.salesChannelId] },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  const shippingProfile =
    profile ??
    (await fulfillment.createShippingProfiles({
      name: "Mặc định",
      type: "default",
    }))
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: `Giao hàng ${n}`,
    type: "shipping",
    service_zones: [
      {
        name: "Việt Nam",
        geo_zones: [{ country_code: "vn", type: "country" }],
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  const {
    result: [shippingOption],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Giao hàng toàn quốc",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: shippingProfile.id,
        type: {
          label: "Toàn quốc",
          description: "2–4 ngày",
          code: `nationwide-${n}`,
        },
        prices: [{ currency_code: "vnd", amount: 30000 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })

  const stocked = await addStockedProduct(
    container,
    {
      salesChannelId: store.salesChannelId,
      shippingProfileId: shippingProfile.id,
      locationId: location.id,
    },
    { title: `Dâu tây ${n}`, handle: `dau-tay-checkout-${n}`, price, stock }
  )

  return {
    ...store,
    regionId: region.id,
    shippingOptionId: shippingOption.id,
    variantId: stocked.variantId,
    inventoryItemId: stocked.inventoryItemId,
    price,
    productId: stocked.productId,
    producerId: stocked.producerId,
    shippingProfileId: shippingProfile.id,
    locationId: location.id,
  }
}

/**
 * A published product of a new verified producer (the visibility rule puts it on sale only
 * then), in the channel, with one variant stocked at the location.
 */
export async function addStockedProduct(
  container: MedusaContainer,
  place: {
    salesChannelId: string
    shippingProfileId: string
    locationId: string
  },
  item: { title: string; handle: string; price: number; stock: number }
) {
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: item.title,
          handle: item.handle,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: place.shippingProfileId,
          sales_channels: [{ id: place.salesChannelId }],
          options: [{ title: "Khối lượng", values: ["500g"] }],
          variants: [
            {
              title: "500g",
              sku: item.handle.toUpperCase(),
              options: { "Khối lượng": "500g" },
              manage_inventory: true,
              prices: [{ currency_code: "vnd", amount: item.price }],
            },
          ],
        },
      ],
    },
  })
  const producer = await seedProducer(container)
  await runWorkflow(container, "link-products-to-producer", {
    producer_id: producer.id,
    product_ids: [product.id],
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [variant],
  } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { id: product.variants[0].id },
  })
  const inventoryItemId = variant.inventory_items![0]!.inventory_item_id
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        {
          inventory_item_id: inventoryItemId,
          location_id: place.locationId,
          stocked_quantity: item.stock,
        },
      ],
    },
  })
  return {
    productId: product.id,
    variantId: product.variants[0].id,
    inventoryItemId,
    producerId: producer.id,
  }
}

export const SHIPPING_ADDRESS = {
  first_name: "Nguyễn",
  last_name: "Thị Lan",
  address_1: "12 Đường Hùng Vương",
  city: "Phường Xuân Trường - Đà Lạt",
  province: "Tỉnh Lâm Đồng",
  country_code: "vn",
  phone: "0912 345 678",
}

/** A payment session as the store answers it, with the `data` its provider put there. */
export type PaymentSession<TData> = Omit<
  HttpTypes.StorePaymentSession,
  "data"
> & { data: TData }

/** A cart ready to complete: item, contact, address, shipping and a VietQR session. */
export function prepareVietqrCart(
  api: TestApi,
  world: CheckoutWorld,
  quantity = 1,
  contact?: ShopperContact
) {
  return preparePaymentCart<VietqrSessionData>(
    api,
    world,
    VIETQR,
    quantity,
    contact
  )
}

/** Who is buying; by default Lan of SHIPPING_ADDRESS. No email: a shopper reached on Zalo. */
export type ShopperContact = { email: string | null; phone: string }

/** A cart ready to complete: item, contact, address, shipping and a session of `providerId`. */
export async function preparePaymentCart<TSessionData>(
  api: TestApi,
  world: CheckoutWorld,
  providerId: string,
  quantity = 1,
  contact: ShopperContact = {
    email: "lan@example.vn",
    phone: SHIPPING_ADDRESS.phone,
  }
) {
  const headers = { headers: world.headers }
  const address = { ...SHIPPING_ADDRESS, phone: contact.phone }
  const {
    data: { cart },
  } = await api.post<HttpTypes.StoreCartResponse>(
    "/store/carts",
    {
      region_id: world.regionId,
      ...(contact.email && { email: contact.email }),
      items: [{ variant_id: world.variantId, quantity }],
    },
    headers
  )
  await api.post(
    `/store/carts/${cart.id}`,
    { shipping_address: address, billing_address: address },
    headers
  )
  await api.post(
    `/store/carts/${cart.id}/shipping-methods`,
    { option_id: world.shippingOptionId },
    headers
  )
  const {
    data: { payment_collection },
  } = await api.post<HttpTypes.StorePaymentCollectionResponse>(
    "/store/payment-collections",
    { cart_id: cart.id },
    headers
  )
  const {
    data: { payment_collection: withSession },
  } = await api.post<HttpTypes.StorePaymentCollectionResponse>(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: providerId },
    headers
  )
  const session = withSession
    .payment_sessions![0] as PaymentSession<TSessionData>
  return { cartId: cart.id, session }
}

/** Resolves once `check` returns a value, polling the way the order page does. */
export async function eventually<T>(
  check: () => Promise<T | null | undefined>,
  timeoutMs = 10_000
): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await check()
    if (value) {
      return value
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error("Condition not met in time")
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export const BANK_HOOK = "/hooks/payment/vietqr_vietqr"
export const BANK_HOOK_KEY = {
  headers: { authorization: `Apikey ${WEBHOOK_KEY}` },
}
// Matches VIETQR_ACCOUNT_NUMBER's development default: the market's own receiving account.
export const MARKET_ACCOUNT = "102874563910"

let bankTransactionSequence = 90_000

/** A SePay notification as the bank sends it; the bank's sender is replaced by the spec. */
export function sepayNotification(overrides: Record<string, unknown> = {}) {
  bankTransactionSequence += 1
  return {
    id: bankTransactionSequence,
    gateway: "VietinBank",
    transactionDate: "2026-11-28 21:00:00",
    accountNumber: MARKET_ACCOUNT,
    code: null,
    content: "chuyen tien",
    transferType: "in",
    transferAmount: 0,
    accumulated: 5_000_000,
    subAccount: null,
    referenceCode: `FT${bankTransactionSequence}`,
    description: "",
    ...overrides,
  }
}
