export const MARKETPLACES = ["voso", "postmart"] as const
export type Marketplace = (typeof MARKETPLACES)[number]

export type MarketplaceListingDTO = {
  id: string
  marketplace: Marketplace
  url: string
}

export type ListingClickDTO = {
  id: string
  listing_id: string
  clicked_at: Date
  locale: string | null
}
