/** Events our workflows emit, payload `{ id, product_ids? }`; the storefront revalidates on them. */
export const MarketEvents = {
  PRODUCER_CREATED: "producer.created",
  PRODUCER_UPDATED: "producer.updated",
  OCOP_CERTIFICATE_UPDATED: "ocop_certificate.updated",
  HARVEST_SEASON_UPDATED: "harvest_season.updated",
  // An announced harvest was set, withdrawn, or took pre-ordered units.
  HARVEST_PREORDER_UPDATED: "harvest_preorder.updated",
  // A sale (price list) started or ended: its products' shopper prices changed.
  PRICE_LIST_PERIOD_CHANGED: "price_list.period_changed",
  MARKETPLACE_LISTING_CREATED: "marketplace_listing.created",
  MARKETPLACE_LISTING_UPDATED: "marketplace_listing.updated",
  MARKETPLACE_LISTING_DELETED: "marketplace_listing.deleted",
} as const

export type MarketEventData = {
  id: string
  product_ids?: string[]
}

/** A volunteer handed a producer to the commune officers for verification; payload `{ id }`. */
export const PRODUCER_SUBMITTED_EVENT = "producer.submitted"

/** Stock or a low-stock threshold changed by hand; payload `{ variant_ids }`. */
export const STOCK_CHANGED_EVENT = "variant-stock.changed"

/** An invite for a producer's member was made; payload `{ id, producer_id, email, token, expires_at }`. */
export const PRODUCER_INVITE_CREATED_EVENT = "producer-invite.created"
