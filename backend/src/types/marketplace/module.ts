export const MARKETPLACES = ["voso", "postmart"] as const
export type Marketplace = (typeof MARKETPLACES)[number]
