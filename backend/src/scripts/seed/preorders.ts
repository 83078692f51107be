import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vietnamDate } from "../../domain/harvest-season"
import { setProductPreorderWorkflow } from "../../workflows/harvest/set-product-preorder"

/**
 * Demo announcements: spaghetti squash, sold out between seasons, takes pre-orders for the
 * 10th of May, the first harvest of its (demo) season, this year's or next year's.
 */
export const SEED_PREORDERS: Record<
  string,
  { month_day: string; quantity: number }
> = {
  "bi-mi-soi": { month_day: "05-10", quantity: 20 },
}

/** The next `month_day` after `today` (both Vietnam dates). */
export function nextDateOn(monthDay: string, today: string): string {
  const year = Number(today.slice(0, 4))
  const thisYear = `${year}-${monthDay}`
  return thisYear > today ? thisYear : `${year + 1}-${monthDay}`
}

export async function applySeedPreorders(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "harvest_preorder.id"],
    filters: { handle: Object.keys(SEED_PREORDERS) },
  })
  const today = vietnamDate(new Date())
  for (const product of products) {
    if (product.harvest_preorder) continue
    const { month_day, quantity } = SEED_PREORDERS[product.handle]
    await setProductPreorderWorkflow(container).run({
      input: {
        product_id: product.id,
        harvest_on: nextDateOn(month_day, today),
        quantity,
      },
    })
  }
}
