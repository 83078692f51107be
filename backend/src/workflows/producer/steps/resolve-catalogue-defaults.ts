import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CatalogueDefaults = {
  sales_channel_id: string
  shipping_profile_id: string | null
  stock_location_id: string
}

export const resolveCatalogueDefaultsStepId = "resolve-catalogue-defaults"

/**
 * Where a product made in the portal is sold, shipped from and stocked: the store's default
 * sales channel, the default shipping profile and that channel's first stock location.
 */
export const resolveCatalogueDefaultsStep = createStep(
  resolveCatalogueDefaultsStepId,
  async (_: void, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const { data: stores } = await query.graph({
      entity: "store",
      fields: ["default_sales_channel_id"],
    })
    const salesChannelId = stores[0]?.default_sales_channel_id
    const { data: channels } = salesChannelId
      ? await query.graph({
          entity: "sales_channel",
          fields: ["id", "stock_locations.id"],
          filters: { id: salesChannelId },
        })
      : { data: [] }
    const stockLocationId = channels[0]?.stock_locations?.[0]?.id
    if (!salesChannelId || !stockLocationId) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The market has no default sales channel with a stock location yet: ask a commune officer to finish the store set-up."
      )
    }
    const [profile] = await fulfillment.listShippingProfiles(
      { type: "default" },
      { take: 1 }
    )
    return new StepResponse<CatalogueDefaults>({
      sales_channel_id: salesChannelId,
      shipping_profile_id: profile?.id ?? null,
      stock_location_id: stockLocationId,
    })
  }
)
