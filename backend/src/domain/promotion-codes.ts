import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { CartCheck } from "./cart-checks"

// Promotion codes: which a shopper may add, why one did not lower their cart, and how a
// discount comes out in whole đồng. Medusa's Promotion Module computes the discounts; these
// rules decide what the market lets through and how it is shown.

/** The parts of a promotion the market's code rules read. */
export type PromotionWindow = {
  code: string
  status: string | null
  campaign?: {
    starts_at?: Date | string | null
    ends_at?: Date | string | null
  } | null
}

const at = (value: Date | string | null | undefined) =>
  value ? new Date(value).getTime() : null

/**
 * A code a shopper types must be live now: active, and inside its campaign's dates. Medusa
 * skips such a code without a word, so the market refuses it with the reason.
 */
export function promotionCodeRefusal(
  promotion: PromotionWindow,
  now: Date
): string | null {
  const startsAt = at(promotion.campaign?.starts_at)
  const endsAt = at(promotion.campaign?.ends_at)
  const code = promotion.code
  if (endsAt !== null && endsAt <= now.getTime()) {
    return `Mã khuyến mãi ${code} đã hết hạn / The promotion code ${code} has expired`
  }
  if (startsAt !== null && startsAt > now.getTime()) {
    return `Mã khuyến mãi ${code} chưa đến ngày dùng / The promotion code ${code} is not valid yet`
  }
  if (promotion.status !== "active") {
    return `Mã khuyến mãi ${code} hiện không dùng được / The promotion code ${code} is not in use`
  }
  return null
}

/** The tag Medusa Admin offers in a promotion's product rule to limit it to one producer. */
export const PRODUCER_TAG_PREFIX = "nsx:"

export function producerTagValue(producerHandle: string): string {
  return `${PRODUCER_TAG_PREFIX}${producerHandle}`
}

export function producerHandleOfTag(tagValue: string): string | null {
  return tagValue.startsWith(PRODUCER_TAG_PREFIX)
    ? tagValue.slice(PRODUCER_TAG_PREFIX.length)
    : null
}

export type NotAppliedReason =
  | { reason: "other_producer"; producer_name: string }
  | { reason: "no_matching_products" }
  | { reason: "conditions_not_met" }

export type UnappliedCodeFacts = {
  /** Producers named by the promotion's product rules (through their tags). */
  targetProducerNames: string[]
  /** Whether the promotion limits which products it lowers at all. */
  hasProductRules: boolean
  /** Whether any cart line is a product its rules accept. */
  anyLineMatches: boolean
}

/**
 * Why a known, live code lowered nothing: it belongs to a producer whose products the cart does
 * not hold, it lowers other products, or its conditions on the cart itself are not met.
 */
export function notAppliedReason(facts: UnappliedCodeFacts): NotAppliedReason {
  if (facts.hasProductRules && !facts.anyLineMatches) {
    const [producerName] = facts.targetProducerNames
    return producerName
      ? { reason: "other_producer", producer_name: producerName }
      : { reason: "no_matching_products" }
  }
  return { reason: "conditions_not_met" }
}

/**
 * A discount in whole đồng, rounded in the shopper's favour. Medusa splits a fixed discount
 * across lines and takes percentages of prices, which leaves fractions of a đồng; a bank
 * transfer has none. The tolerance absorbs float noise such as 12000.000000001.
 */
export function wholeDongDiscount(amount: number): number {
  const nearest = Math.round(amount)
  return Math.abs(amount - nearest) < 1e-6 ? nearest : Math.ceil(amount)
}

/**
 * Refuses (400) the first of `codes` that exists but is not live at `now`. Unknown codes are
 * left to Medusa, which refuses them with its own message.
 */
export async function refuseUnusableCodes(
  container: MedusaContainer,
  codes: string[],
  now: Date
) {
  if (!codes.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: promotions } = await query.graph({
    entity: "promotion",
    fields: ["code", "status", "campaign.starts_at", "campaign.ends_at"],
    filters: { code: codes },
  })
  for (const promotion of promotions) {
    const refusal = promotionCodeRefusal(
      {
        code: promotion.code as string,
        status: promotion.status as string,
        campaign: promotion.campaign,
      },
      now
    )
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    }
  }
}

/**
 * A code that expired after it was added still sits on the cart with its discount until the
 * next change recomputes it; the order is not placed with it.
 */
export const promotionCodesLive: CartCheck = {
  name: "promotion-codes-live",
  run: async (change, container) => {
    if (!change.cart_id) {
      return
    }
    const {
      data: [cart],
    } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["promotions.code"],
      filters: { id: change.cart_id },
    })
    const codes = (cart?.promotions ?? []).flatMap((promotion) =>
      promotion?.code ? [promotion.code] : []
    )
    await refuseUnusableCodes(container, codes, new Date())
  },
}
