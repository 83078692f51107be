import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { applyListingStatusStep } from "../visibility/steps/apply-listing-status"
import { PRODUCER_MODULE } from "../../modules/producer"
import { readableHandle } from "../../utils/readable-handle"
import { applyProducerTagsStep } from "./steps/apply-producer-tags"
import { resolveCatalogueDefaultsStep } from "./steps/resolve-catalogue-defaults"

/** The option every portal product sells by, e.g. "500g" or "Hộp 1kg". */
export const PORTAL_OPTION_TITLE = "Quy cách"

export type CreateProducerProductWorkflowInput = {
  producer_id: string
  title: string
  subtitle?: string | null
  description?: string | null
  status?: "draft" | "published"
  images?: string[]
  variants: { title: string; price: number; stock: number }[]
}

export const createProducerProductWorkflowId = "create-producer-product"

/**
 * A member adds a product for its own producer: the product with its VND-priced variants in
 * the market's sales channel, stock at the market's location, and the producer link.
 */
export const createProducerProductWorkflow = createWorkflow(
  createProducerProductWorkflowId,
  (input: CreateProducerProductWorkflowInput) => {
    useQueryGraphStep({
      entity: "producer",
      fields: ["id"],
      filters: { id: input.producer_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "producer-exists" })
    const defaults = resolveCatalogueDefaultsStep()

    const productInput = transform(
      { input, defaults },
      ({ input, defaults }) => [
        {
          title: input.title,
          handle: readableHandle(input.title, "san-pham"),
          subtitle: input.subtitle ?? null,
          description: input.description ?? null,
          status: (input.status ?? "draft") as ProductStatus,
          thumbnail: input.images?.[0] ?? null,
          images: (input.images ?? []).map((url) => ({ url })),
          shipping_profile_id: defaults.shipping_profile_id ?? undefined,
          sales_channels: [{ id: defaults.sales_channel_id }],
          options: [
            {
              title: PORTAL_OPTION_TITLE,
              values: input.variants.map((variant) => variant.title),
            },
          ],
          variants: input.variants.map((variant) => ({
            title: variant.title,
            options: { [PORTAL_OPTION_TITLE]: variant.title },
            manage_inventory: true,
            prices: [{ currency_code: "vnd", amount: variant.price }],
          })),
        },
      ]
    )
    const products = createProductsWorkflow.runAsStep({
      input: { products: productInput },
    })

    createRemoteLinkStep(
      transform({ input, products }, ({ input, products }) => [
        {
          [PRODUCER_MODULE]: { producer_id: input.producer_id },
          [Modules.PRODUCT]: { product_id: products[0].id },
        },
      ])
    )
    // Created before it had a producer, the product waits as `proposed`; now it has one.
    const createdIds = transform({ products }, ({ products }) => ({
      product_ids: [products[0].id],
    }))
    applyListingStatusStep(createdIds)
    applyProducerTagsStep(createdIds)

    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "title", "inventory_items.inventory_item_id"],
      filters: transform({ products }, ({ products }) => ({
        product_id: products[0].id,
      })),
    }).config({ name: "created-variants" })

    createInventoryLevelsWorkflow.runAsStep({
      input: transform(
        { input, defaults, variants },
        ({ input, defaults, variants }) => ({
          inventory_levels: variants.flatMap((variant) => {
            const stock =
              input.variants.find((wanted) => wanted.title === variant.title)
                ?.stock ?? 0
            return (variant.inventory_items ?? []).map((link) => ({
              inventory_item_id: link!.inventory_item_id as string,
              location_id: defaults.stock_location_id,
              stocked_quantity: stock,
            }))
          }),
        })
      ),
    })

    return new WorkflowResponse(
      transform({ products }, ({ products }) => ({ id: products[0].id }))
    )
  }
)
