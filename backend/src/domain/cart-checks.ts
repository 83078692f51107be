import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MedusaError,
} from "@medusajs/framework/utils"
import type { HarvestPreorderDTO } from "../types/harvest/module"
import type { ProducerStatus } from "../types/producer/module"
import {
  checkCartAddress,
  describeFieldErrors,
  quantityProblem,
  stockProblem,
  type CartAddress,
  type CartAddressField,
  type FieldError,
} from "./cart-rules"
import {
  preorderQuantityProblem,
  preorderUnitsLeft,
  unitSource,
} from "./preorder"
import { vietnamDate } from "./harvest-season"
import { isProductVisible, notOnSaleError } from "./visibility"

type Query = ReturnType<typeof queryOf>

const queryOf = (container: MedusaContainer) =>
  container.resolve(ContainerRegistrationKeys.QUERY)

/** A line a cart change asks for: a new variant, or a new quantity for an existing line. */
export type RequestedLine = {
  variant_id?: string | null
  quantity: unknown
  line_id?: string | null
}

/**
 * What a cart write asks for, in one shape for every entry point: the HTTP middlewares and the
 * hooks on Medusa's cart workflows both check this.
 */
export type CartChange = {
  cart_id?: string | null
  sales_channel_id?: string | null
  lines: RequestedLine[]
  addresses: Partial<Record<CartAddressField, CartAddress | null>>
}

/** One named rule a hook runs; it throws a `MedusaError` a shopper can act on. */
export type CartCheck = {
  name: string
  run: (change: CartChange, container: MedusaContainer) => Promise<void>
}

type CartLine = { id: string; variant_id: string | null; quantity: number }

async function readCart(query: Query, cartId: string) {
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "sales_channel_id",
      "items.id",
      "items.variant_id",
      "items.quantity",
    ],
    filters: { id: cartId },
  })
  const cart = data[0]
  return cart
    ? {
        sales_channel_id: cart.sales_channel_id as string | null,
        items: (cart.items ?? []).flatMap((item): CartLine[] =>
          item
            ? [
                {
                  id: item.id,
                  variant_id: item.variant_id ?? null,
                  quantity: Number(item.quantity),
                },
              ]
            : []
        ),
      }
    : null
}

/**
 * Quantity problems of a cart change: each line a whole number ≥ 1, and no more of a variant
 * than is available in the cart's sales channel, counting what the cart already holds.
 */
export async function lineQuantityErrors(
  query: Query,
  change: CartChange
): Promise<FieldError[]> {
  const errors: FieldError[] = []
  for (const line of change.lines) {
    const problem = quantityProblem(line.quantity)
    if (problem) {
      errors.push({ field: "quantity", message: problem })
    }
  }
  if (errors.length) {
    return errors
  }
  const cart = change.cart_id ? await readCart(query, change.cart_id) : null
  const salesChannelId = cart?.sales_channel_id ?? change.sales_channel_id
  if (!salesChannelId) {
    return errors
  }
  const held = cart?.items ?? []
  const wanted = new Map<string, number>()
  const replaced = new Set<string>()
  for (const line of change.lines) {
    const existing = line.line_id
      ? held.find((item) => item.id === line.line_id)
      : undefined
    const variantId = existing?.variant_id ?? line.variant_id
    if (!variantId) {
      continue
    }
    if (existing) {
      replaced.add(existing.id)
    }
    wanted.set(variantId, (wanted.get(variantId) ?? 0) + Number(line.quantity))
  }
  if (!wanted.size) {
    return errors
  }
  // New units come on top of what the cart holds of the same variant in its other lines.
  for (const item of held) {
    if (
      item.variant_id &&
      wanted.has(item.variant_id) &&
      !replaced.has(item.id)
    ) {
      wanted.set(item.variant_id, wanted.get(item.variant_id)! + item.quantity)
    }
  }
  const availability = await getVariantAvailability(query, {
    variant_ids: [...wanted.keys()],
    sales_channel_id: salesChannelId,
  })
  const preorders = await preordersOfVariants(query, [...wanted.keys()])
  const today = vietnamDate(new Date())
  // Pre-ordered units of one product share its announcement, whichever size they are.
  const preordered = new Map<string, { wanted: number; left: number }>()
  for (const [variantId, quantity] of wanted) {
    const available = availability[variantId]?.availability
    const preorder = preorders.get(variantId)
    const left = preorder ? preorderUnitsLeft(preorder, today) : 0
    if (unitSource(available, left > 0) === "preorder") {
      const product = preordered.get(preorder!.id) ?? { wanted: 0, left }
      product.wanted += quantity
      preordered.set(preorder!.id, product)
      continue
    }
    const problem = stockProblem(quantity, available)
    if (problem) {
      errors.push({ field: "quantity", message: problem })
    }
  }
  for (const { wanted: units, left } of preordered.values()) {
    const problem = preorderQuantityProblem(units, left)
    if (problem) {
      errors.push({ field: "quantity", message: problem })
    }
  }
  return errors
}

/** Each variant's product's announced harvest, for the variants whose product has one. */
export async function preordersOfVariants(
  query: Query,
  variantIds: string[]
): Promise<Map<string, HarvestPreorderDTO & { product_id: string }>> {
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "product.harvest_preorder.*"],
    filters: { id: variantIds },
  })
  const preorders = new Map<
    string,
    HarvestPreorderDTO & { product_id: string }
  >()
  for (const variant of variants) {
    const preorder = variant.product?.harvest_preorder as
      HarvestPreorderDTO | null | undefined
    if (preorder && variant.product_id) {
      preorders.set(variant.id, { ...preorder, product_id: variant.product_id })
    }
  }
  return preorders
}

/** Address problems of a cart change, with the valid values in their stored form. */
export function addressErrors(change: CartChange): {
  normalized: CartChange["addresses"]
  errors: FieldError[]
} {
  const normalized: CartChange["addresses"] = {}
  const errors: FieldError[] = []
  for (const name of ["shipping_address", "billing_address"] as const) {
    const address = change.addresses[name]
    if (address && typeof address === "object") {
      const checked = checkCartAddress(name, address)
      normalized[name] = checked.normalized
      errors.push(...checked.errors)
    }
  }
  return { normalized, errors }
}

/** The first product among these variants (or the cart's lines) that is not on sale. */
async function refuseHiddenProducts(query: Query, change: CartChange) {
  const cart = change.cart_id ? await readCart(query, change.cart_id) : null
  const variantIds = new Set<string>()
  for (const line of change.lines) {
    const existing = line.line_id
      ? cart?.items.find((item) => item.id === line.line_id)
      : undefined
    const variantId = existing?.variant_id ?? line.variant_id
    if (variantId) {
      variantIds.add(variantId)
    }
  }
  if (!variantIds.size) {
    return
  }
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "product.title",
      "product.status",
      "product.producer.status",
    ],
    filters: { id: [...variantIds] },
  })
  for (const variant of variants) {
    const product = variant.product
    if (
      product &&
      !isProductVisible({
        producerStatus: product.producer?.status as ProducerStatus | undefined,
        productStatus: product.status,
      })
    ) {
      throw notOnSaleError(product.title)
    }
  }
}

function throwFieldErrors(errors: FieldError[]) {
  if (errors.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      describeFieldErrors(errors)
    )
  }
}

/** Every line's product is on sale (the visibility rule). */
export const productsOnSale: CartCheck = {
  name: "products-on-sale",
  run: (change, container) => refuseHiddenProducts(queryOf(container), change),
}

/**
 * Every line is a whole quantity the stock can cover, or, for a product out of stock with an
 * announced harvest, what is left of the announcement.
 */
export const quantitiesInStock: CartCheck = {
  name: "quantities-in-stock",
  run: async (change, container) =>
    throwFieldErrors(await lineQuantityErrors(queryOf(container), change)),
}

/** Delivery goes to a Vietnamese address with a Vietnamese mobile. */
export const vietnameseAddresses: CartCheck = {
  name: "vietnamese-addresses",
  run: async (change) => throwFieldErrors(addressErrors(change).errors),
}

/** Runs a hook's checks in order; the first refusal stops the workflow. */
export async function runCartChecks(
  checks: CartCheck[],
  change: CartChange,
  container: MedusaContainer
) {
  for (const check of checks) {
    await check.run(change, container)
  }
}

/** A cart as it stands, as the change its completion would make final. */
export async function cartAsChange(
  container: MedusaContainer,
  cartId: string
): Promise<CartChange> {
  const { data } = await queryOf(container).graph({
    entity: "cart",
    fields: [
      "id",
      "sales_channel_id",
      "items.id",
      "items.quantity",
      "shipping_address.*",
      "billing_address.*",
    ],
    filters: { id: cartId },
  })
  const cart = data[0]
  return {
    cart_id: cartId,
    sales_channel_id: cart?.sales_channel_id ?? null,
    lines: (cart?.items ?? []).flatMap((item) =>
      item ? [{ line_id: item.id, quantity: Number(item.quantity) }] : []
    ),
    addresses: {
      shipping_address: cart?.shipping_address ?? null,
      billing_address: cart?.billing_address ?? null,
    },
  }
}

/** A written address, or null for an address given by id (already stored, already checked). */
export function writtenAddress(value: unknown): CartAddress | null {
  return value && typeof value === "object" ? (value as CartAddress) : null
}
