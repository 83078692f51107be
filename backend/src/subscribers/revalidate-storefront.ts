import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  InventoryLevelWorkflowEvents,
  PricingEvents,
  ProductCategoryWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
} from "@medusajs/framework/utils"
import { MarketEvents } from "../types/events"
import {
  scheduleStorefrontRevalidation,
  type RevalidationTag,
} from "../utils/storefront-revalidation"

const CATALOGUE_TAGS: RevalidationTag[] = ["products", "producers"]

const CATEGORY_EVENTS: string[] = Object.values(ProductCategoryWorkflowEvents)

/** Refreshes the storefront's cached catalogue pages whenever what they show changes. */
export default async function revalidateStorefrontHandler({
  event,
  container,
}: SubscriberArgs<unknown>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const tags = CATEGORY_EVENTS.includes(event.name)
    ? [...CATALOGUE_TAGS, "categories" as const]
    : CATALOGUE_TAGS
  await scheduleStorefrontRevalidation(tags, logger)
}

export const config: SubscriberConfig = {
  event: [
    ...Object.values(ProductWorkflowEvents),
    ...Object.values(ProductVariantWorkflowEvents),
    ...CATEGORY_EVENTS,
    InventoryLevelWorkflowEvents.CREATED,
    InventoryLevelWorkflowEvents.UPDATED,
    InventoryLevelWorkflowEvents.DELETED,
    // Price lists (sales) have no workflow events; their module events are the only signal.
    /* eslint-disable @medusajs/prefer-workflow-event-over-module-event */
    PricingEvents.PRICE_CREATED,
    PricingEvents.PRICE_UPDATED,
    PricingEvents.PRICE_DELETED,
    PricingEvents.PRICE_LIST_CREATED,
    PricingEvents.PRICE_LIST_UPDATED,
    PricingEvents.PRICE_LIST_DELETED,
    /* eslint-enable @medusajs/prefer-workflow-event-over-module-event */
    ...Object.values(MarketEvents),
  ],
  context: { subscriberId: "revalidate-storefront" },
}
