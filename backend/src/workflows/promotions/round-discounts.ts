import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { wholeDongDiscount } from "../../domain/promotion-codes"

type Adjustment = {
  id: string
  amount: number
  code?: string
  description?: string
  promotion_id?: string
  provider_id?: string
}

type LineAdjustment = Adjustment & { item_id: string }
type ShippingAdjustment = Adjustment & { shipping_method_id: string }

/** A cart's discounts as they were before rounding, to put back on compensation. */
export type DiscountAmounts = {
  cart_id: string
  items: LineAdjustment[]
  shipping_methods: ShippingAdjustment[]
}

type StoredAdjustment = {
  id: string
  amount: unknown
  code?: string | null
  description?: string | null
  promotion_id?: string | null
  provider_id?: string | null
} | null

function adjustmentOf(stored: NonNullable<StoredAdjustment>): Adjustment {
  return {
    id: stored.id,
    amount: Number(stored.amount),
    code: stored.code ?? undefined,
    description: stored.description ?? undefined,
    promotion_id: stored.promotion_id ?? undefined,
    provider_id: stored.provider_id ?? undefined,
  }
}

const rounded = <T extends Adjustment>(adjustment: T): T => ({
  ...adjustment,
  amount: wholeDongDiscount(adjustment.amount),
})

async function readAdjustments(
  container: MedusaContainer,
  cartId: string
): Promise<DiscountAmounts> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const adjustmentFields = [
    "id",
    "code",
    "amount",
    "description",
    "promotion_id",
    "provider_id",
  ]
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "items.id",
      ...adjustmentFields.map((field) => `items.adjustments.${field}`),
      "shipping_methods.id",
      ...adjustmentFields.map(
        (field) => `shipping_methods.adjustments.${field}`
      ),
    ],
    filters: { id: cartId },
  })
  const items = (cart?.items ?? []).flatMap((item) =>
    ((item?.adjustments ?? []) as StoredAdjustment[]).flatMap((stored) =>
      stored ? [{ ...adjustmentOf(stored), item_id: item!.id }] : []
    )
  )
  const shippingMethods = (cart?.shipping_methods ?? []).flatMap((method) =>
    ((method?.adjustments ?? []) as StoredAdjustment[]).flatMap((stored) =>
      stored
        ? [{ ...adjustmentOf(stored), shipping_method_id: method!.id }]
        : []
    )
  )
  return { cart_id: cartId, items, shipping_methods: shippingMethods }
}

const needsRounding = (adjustment: Adjustment) =>
  wholeDongDiscount(adjustment.amount) !== adjustment.amount

/**
 * Rounds each of the cart's discounts up to whole đồng (the shopper's favour), leaving whole
 * ones untouched. Returns what was there before when anything changed, else null.
 */
export async function roundDiscountsToWholeDong(
  container: MedusaContainer,
  cartId: string
): Promise<DiscountAmounts | null> {
  const before = await readAdjustments(container, cartId)
  const linesChange = before.items.some(needsRounding)
  const shippingChanges = before.shipping_methods.some(needsRounding)
  if (!linesChange && !shippingChanges) {
    return null
  }
  const cartModule = container.resolve(Modules.CART)
  if (linesChange) {
    await cartModule.setLineItemAdjustments(cartId, before.items.map(rounded))
  }
  if (shippingChanges) {
    await cartModule.setShippingMethodAdjustments(
      cartId,
      before.shipping_methods.map(rounded)
    )
  }
  return before
}

export async function restoreDiscountAmounts(
  container: MedusaContainer,
  previous: DiscountAmounts | null | undefined
) {
  if (!previous) {
    return
  }
  const cartModule = container.resolve(Modules.CART)
  await cartModule.setLineItemAdjustments(previous.cart_id, previous.items)
  await cartModule.setShippingMethodAdjustments(
    previous.cart_id,
    previous.shipping_methods
  )
}
