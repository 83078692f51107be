/**
 * The carrier codes the backend accepts for a shipment, in the order the ship form offers them.
 * The backend builds the shopper's tracking link from the code, so none is typed here.
 */
export const CARRIER_CODES = [
  "viettelpost",
  "vnpost",
  "ghn",
  "ghtk",
  "jt",
  "ninjavan",
  "best",
  "spx",
  "ahamove",
  "grab",
  "coach",
  "other",
] as const

export type CarrierCode = (typeof CARRIER_CODES)[number]

/** A coach company (nhà xe) or another carrier is named by the producer. */
export const NAMED_CARRIERS: readonly CarrierCode[] = ["coach", "other"]

export const isCarrierCode = (value: string): value is CarrierCode =>
  (CARRIER_CODES as readonly string[]).includes(value)
