// Store, sales channel, publishable key, region, tax, stock location and shipping for Việt Nam.
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PROVINCE, WARD } from "./catalogue"
import {
  SYSTEM_PROVIDER_ID,
  VIETQR_PROVIDER_ID,
} from "../../utils/payment-providers"

export type StoreSetup = {
  storeId: string
  salesChannelId: string
  publishableKey: string
  regionId: string
  stockLocationId: string
  shippingProfileId: string
}

export async function setUpStore(
  container: MedusaContainer
): Promise<StoreSetup> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const storeModule = container.resolve(Modules.STORE)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)

  const [store] = await storeModule.listStores()
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        { name: "Chợ OCOP Xuân Thọ", description: "Cửa hàng trực tuyến" },
      ],
    },
  })

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Chợ OCOP Xuân Thọ",
        supported_currencies: [{ currency_code: "vnd", is_default: true }],
        supported_locales: [{ locale_code: "vi-VN" }, { locale_code: "en-US" }],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        {
          title: "Storefront Xuân Thọ",
          type: "publishable",
          created_by: "seed",
        },
      ],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })

  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Việt Nam",
          currency_code: "vnd",
          countries: ["vn"],
          // VietQR bank transfer is the default way to pay.
          payment_providers: [SYSTEM_PROVIDER_ID, VIETQR_PROVIDER_ID],
        },
      ],
    },
  })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { default_region_id: region.id },
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "vn", provider_id: "tp_system" }],
  })

  const {
    result: [stockLocation],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Kho Xuân Thọ",
          address: {
            address_1: "Thôn Xuân Sơn",
            city: WARD,
            province: PROVINCE,
            country_code: "vn",
          },
        },
      ],
    },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const existingProfiles = await fulfillmentModule.listShippingProfiles({
    type: "default",
  })
  const shippingProfile =
    existingProfiles[0] ??
    (
      await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Mặc định", type: "default" }] },
      })
    ).result[0]

  const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
    name: "Giao hàng từ Xuân Thọ",
    type: "shipping",
    service_zones: [
      {
        name: "Việt Nam",
        geo_zones: [{ country_code: "vn", type: "country" }],
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  const shippingOption = (
    name: string,
    code: string,
    amount: number,
    description: string
  ) => ({
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: fulfillmentSet.service_zones[0].id,
    shipping_profile_id: shippingProfile.id,
    type: { label: name, description, code },
    prices: [
      { currency_code: "vnd", amount },
      { region_id: region.id, amount },
    ],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      shippingOption(
        "Giao hàng toàn quốc",
        "nationwide",
        30000,
        "Giao trong 2–4 ngày trên toàn quốc"
      ),
      shippingOption(
        "Nhận tại hợp tác xã",
        "pickup",
        0,
        "Nhận hàng tại Xuân Thọ, Đà Lạt"
      ),
    ],
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: stockLocation.id, add: [salesChannel.id] },
  })

  return {
    storeId: store.id,
    salesChannelId: salesChannel.id,
    publishableKey: apiKey.token,
    regionId: region.id,
    stockLocationId: stockLocation.id,
    shippingProfileId: shippingProfile.id,
  }
}
