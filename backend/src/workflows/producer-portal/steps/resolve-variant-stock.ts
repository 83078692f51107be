import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type VariantStockChange = {
  level: {
    inventory_item_id: string
    location_id: string
    stocked_quantity: number
  }
  has_level: boolean
}

export const resolveVariantStockStepId = "resolve-variant-stock"

/**
 * Turns "this variant now has N units" into an inventory level write: finds the inventory item
 * behind the variant and whether it already has a level at the location. Null when no stock
 * change was asked for.
 */
export const resolveVariantStockStep = createStep(
  resolveVariantStockStepId,
  async (
    input: {
      variant_id: string
      location_id: string
      stocked_quantity?: number
    },
    { container }
  ) => {
    if (typeof input.stocked_quantity !== "number") {
      return new StepResponse<VariantStockChange | null>(null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "manage_inventory",
        "inventory_items.inventory_item_id",
        "inventory_items.inventory.location_levels.location_id",
      ],
      filters: { id: input.variant_id },
    })
    const link = variants[0]?.inventory_items?.[0]
    if (!variants[0]?.manage_inventory || !link?.inventory_item_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This variant does not track stock: ask a commune officer to turn on stock tracking for it."
      )
    }
    const levels = (link.inventory?.location_levels ?? []) as ({
      location_id: string
    } | null)[]
    return new StepResponse<VariantStockChange | null>({
      level: {
        inventory_item_id: link.inventory_item_id,
        location_id: input.location_id,
        stocked_quantity: input.stocked_quantity,
      },
      has_level: levels.some(
        (level) => level?.location_id === input.location_id
      ),
    })
  }
)
