// Categories and products through Medusa's core flows, with pictures, stock and English copies.
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  ProductStatus,
} from "@medusajs/framework/utils"
import { drawProductPicture } from "./artwork"
import { CATEGORIES, PRODUCTS } from "./catalogue"
import type { StoreSetup } from "./store-setup"

const WEIGHT_OPTION = "Khối lượng"
const ENGLISH = "en-US"

async function createCategories(container: MedusaContainer) {
  const { result } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: CATEGORIES.map((category) => ({
        name: category.vi,
        handle: category.handle,
        is_active: true,
        is_internal: false,
      })),
    },
  })
  await createTranslationsWorkflow(container).run({
    input: {
      translations: result.map((category) => ({
        reference: "product_category",
        reference_id: category.id,
        locale_code: ENGLISH,
        translations: {
          name: CATEGORIES.find((c) => c.handle === category.handle)!.en,
        },
      })),
    },
  })
  return new Map(result.map((category) => [category.handle, category.id]))
}

async function uploadPictures(container: MedusaContainer) {
  const pictures = new Map<string, string>()
  for (const product of PRODUCTS) {
    const picture = await drawProductPicture(product.motif)
    const { result } = await uploadFilesWorkflow(container).run({
      input: {
        files: [
          {
            filename: `${product.handle}.webp`,
            mimeType: "image/webp",
            content: picture.toString("base64"),
            access: "public",
          },
        ],
      },
    })
    pictures.set(product.handle, result[0].url)
  }
  return pictures
}

/** Creates every catalogue product and returns product ids by handle. */
export async function createCatalogueProducts(
  container: MedusaContainer,
  setup: StoreSetup
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const categoryIds = await createCategories(container)
  const pictures = await uploadPictures(container)

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: PRODUCTS.map((product) => ({
        title: product.title.vi,
        subtitle: product.subtitle.vi,
        description: product.description.vi,
        handle: product.handle,
        status: ProductStatus.PUBLISHED,
        category_ids: [categoryIds.get(product.category)!],
        shipping_profile_id: setup.shippingProfileId,
        thumbnail: pictures.get(product.handle),
        images: [{ url: pictures.get(product.handle)! }],
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
        sales_channels: [{ id: setup.salesChannelId }],
      })),
    },
  })

  await createTranslationsWorkflow(container).run({
    input: {
      translations: products.map((created) => {
        const product = PRODUCTS.find((p) => p.handle === created.handle)!
        return {
          reference: "product",
          reference_id: created.id,
          locale_code: ENGLISH,
          translations: {
            title: product.title.en,
            subtitle: product.subtitle.en,
            description: product.description.en,
          },
        }
      }),
    },
  })

  const skus = PRODUCTS.flatMap((product) =>
    product.weights.map((weight, index) => ({
      sku: `${product.handle}-${index + 1}`.toUpperCase(),
      stock: weight.stock,
    }))
  )
  const { data: inventoryItems } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
    filters: { sku: skus.map((item) => item.sku) },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: inventoryItems.map((item) => ({
        location_id: setup.stockLocationId,
        inventory_item_id: item.id,
        stocked_quantity: skus.find((entry) => entry.sku === item.sku)!.stock,
      })),
    },
  })

  return new Map(products.map((product) => [product.handle, product.id]))
}
