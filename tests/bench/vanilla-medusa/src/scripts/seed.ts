// The market's catalogue in a vanilla Medusa: the same store, VND region, sales channel,
// publishable key, stock location, shipping, categories and the 12 products with their handles,
// variants, prices and stock, through Medusa's own workflows only. What the market adds with its
// modules (producers, OCOP certificates, translations, listings) has no place here. The
// publishable key goes to $MARKET_DATA_DIR/seed.json, where the bench reads it.
import fs from "node:fs"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  CATEGORIES,
  PRODUCTS,
  PROVINCE,
  WARD,
} from "../../../../../backend/src/scripts/seed/catalogue"

const WEIGHT_OPTION = "Khối lượng"

export default async function seedVanilla({ container }: ExecArgs) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const storeModule = container.resolve(Modules.STORE)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)

  const [store] = await storeModule.listStores()
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Chợ OCOP Xuân Thọ" }] },
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
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Chợ OCOP Xuân Thọ",
        supported_currencies: [{ currency_code: "vnd", is_default: true }],
        default_sales_channel_id: salesChannel.id,
        default_region_id: region.id,
      },
    },
  })
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: "Storefront", type: "publishable", created_by: "seed" },
      ],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
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
  const [shippingProfile] = await fulfillmentModule.listShippingProfiles({
    type: "default",
  })
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
  await createShippingOptionsWorkflow(container).run({
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
          code: "nationwide",
        },
        prices: [
          { currency_code: "vnd", amount: 30000 },
          { region_id: region.id, amount: 30000 },
        ],
      },
    ],
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: stockLocation.id, add: [salesChannel.id] },
  })

  const { result: categories } = await createProductCategoriesWorkflow(
    container
  ).run({
    input: {
      product_categories: CATEGORIES.map((category) => ({
        name: category.vi,
        handle: category.handle,
        is_active: true,
      })),
    },
  })
  const categoryIds = new Map(categories.map((c) => [c.handle, c.id]))
  await createProductsWorkflow(container).run({
    input: {
      products: PRODUCTS.map((product) => ({
        title: product.title.vi,
        subtitle: product.subtitle.vi,
        description: product.description.vi,
        handle: product.handle,
        status: ProductStatus.PUBLISHED,
        category_ids: [categoryIds.get(product.category)!],
        shipping_profile_id: shippingProfile.id,
        // The same kind of URL the market's local file provider gives its pictures.
        thumbnail: `http://localhost:9000/static/${product.handle}.webp`,
        images: [
          { url: `http://localhost:9000/static/${product.handle}.webp` },
        ],
        options: [
          {
            title: WEIGHT_OPTION,
            values: product.weights.map((weight) => weight.label),
          },
        ],
        variants: product.weights.map((weight, index) => ({
          title: weight.label,
          sku: `${product.handle}-${index + 1}`.toUpperCase(),
          variant_rank: index,
          options: { [WEIGHT_OPTION]: weight.label },
          manage_inventory: true,
          weight: weight.grams,
          prices: [{ currency_code: "vnd", amount: weight.price }],
        })),
        sales_channels: [{ id: salesChannel.id }],
      })),
    },
  })

  const stock = new Map(
    PRODUCTS.flatMap((product) =>
      product.weights.map((weight, index) => [
        `${product.handle}-${index + 1}`.toUpperCase(),
        weight.stock,
      ])
    )
  )
  const { data: inventoryItems } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
    filters: { sku: [...stock.keys()] },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: inventoryItems.map((item) => ({
        location_id: stockLocation.id,
        inventory_item_id: item.id,
        stocked_quantity: stock.get(item.sku!)!,
      })),
    },
  })

  const dataDir = process.env.MARKET_DATA_DIR ?? process.cwd()
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(
    path.join(dataDir, "seed.json"),
    `${JSON.stringify({ publishable_key: apiKey.token }, null, 2)}\n`
  )
}
