import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  notAppliedReason,
  producerHandleOfTag,
  type NotAppliedReason,
} from "../../../domain/promotion-codes"

export type UnappliedCode = { code: string } & NotAppliedReason

type Rule = {
  attribute: string
  operator: string
  values: string[]
}

/** The values found at a promotion rule's path (`items.product.tags.id`) on one cart line. */
function valuesAt(line: unknown, path: string[]): string[] {
  if (line === null || line === undefined) return []
  if (Array.isArray(line)) return line.flatMap((entry) => valuesAt(entry, path))
  if (!path.length) return [String(line)]
  const [head, ...rest] = path
  return valuesAt((line as Record<string, unknown>)[head], rest)
}

function lineMatches(line: unknown, rules: Rule[]): boolean {
  return rules.every((rule) => {
    const found = valuesAt(line, rule.attribute.split(".").slice(1))
    const hit = found.some((value) => rule.values.includes(value))
    return rule.operator === "ne" ? !hit : hit
  })
}

async function producerNamesOfTags(
  container: MedusaContainer,
  tagIds: string[]
): Promise<string[]> {
  if (!tagIds.length) return []
  const tags = await container
    .resolve(Modules.PRODUCT)
    .listProductTags({ id: tagIds })
  const handles = tags.flatMap((tag) => {
    const handle = producerHandleOfTag(tag.value)
    return handle ? [handle] : []
  })
  if (!handles.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["name"],
    filters: { handle: handles },
  })
  return producers.map((producer) => producer.name as string)
}

/**
 * For each code the shopper just sent that Medusa did not apply to the cart, the reason in
 * words the storefront can show: another producer's code, other products, or the cart's own
 * conditions. Reads only.
 */
export async function explainUnappliedCodes(
  container: MedusaContainer,
  cartId: string,
  codes: string[]
): Promise<UnappliedCode[]> {
  if (!codes.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "promotions.code",
      "items.variant_id",
      "items.product.id",
      "items.product.tags.id",
      "items.product.categories.id",
      "items.product.collection_id",
      "items.product.type_id",
    ],
    filters: { id: cartId },
  })
  const applied = new Set(
    (cart?.promotions ?? []).map((promotion) => promotion?.code)
  )
  const unapplied = codes.filter((code) => !applied.has(code))
  if (!unapplied.length) return []
  const { data: promotions } = await query.graph({
    entity: "promotion",
    fields: [
      "code",
      "application_method.target_rules.attribute",
      "application_method.target_rules.operator",
      "application_method.target_rules.values.value",
    ],
    filters: { code: unapplied },
  })
  const explained: UnappliedCode[] = []
  for (const promotion of promotions) {
    const rules: Rule[] = (
      promotion.application_method?.target_rules ?? []
    ).flatMap((rule) =>
      rule
        ? [
            {
              attribute: rule.attribute as string,
              operator: rule.operator as string,
              values: (rule.values ?? []).map((value) => String(value?.value)),
            },
          ]
        : []
    )
    const tagIds = rules
      .filter((rule) => rule.attribute === "items.product.tags.id")
      .flatMap((rule) => rule.values)
    explained.push({
      code: promotion.code as string,
      ...notAppliedReason({
        targetProducerNames: await producerNamesOfTags(container, tagIds),
        hasProductRules: rules.length > 0,
        anyLineMatches: (cart?.items ?? []).some((line) =>
          lineMatches(line, rules)
        ),
      }),
    })
  }
  return explained
}

export const explainUnappliedCodesStepId = "explain-unapplied-codes"

/** Reads only, so there is nothing to undo. */
export const explainUnappliedCodesStep = createStep(
  explainUnappliedCodesStepId,
  async (input: { cart_id: string; codes: string[] }, { container }) =>
    new StepResponse(
      await explainUnappliedCodes(container, input.cart_id, input.codes)
    )
)
