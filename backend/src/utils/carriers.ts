/**
 * The carriers a producer can ship with. Shoppers see a tracking link only when it is built
 * here from the carrier's own public tracking page, so a link on the order page can never lead
 * to a site a producer typed in. `{code}` is replaced by the URL-encoded tracking number.
 * Ahamove and Grab have no public page that takes a code, and a coach company (nhà xe) or any
 * other carrier is named in free text: these get no link.
 */
export const CARRIERS = [
  {
    code: "viettelpost",
    name: "Viettel Post",
    tracking: "https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/?code={code}",
  },
  {
    code: "vnpost",
    name: "VNPost (Bưu điện Việt Nam)",
    tracking: "https://vnpost.vn/tra-cuu-hanh-trinh/buu-pham?key={code}",
  },
  {
    code: "ghn",
    name: "Giao Hàng Nhanh (GHN)",
    tracking: "https://donhang.ghn.vn/?order_code={code}",
  },
  {
    code: "ghtk",
    name: "Giao Hàng Tiết Kiệm (GHTK)",
    tracking: "https://i.ghtk.vn/{code}",
  },
  {
    code: "jt",
    name: "J&T Express",
    tracking: "https://jtexpress.vn/vi/tracking?type=track&billcode={code}",
  },
  {
    code: "ninjavan",
    name: "Ninja Van",
    tracking: "https://www.ninjavan.co/vi-vn/tracking?id={code}",
  },
  {
    code: "best",
    name: "BEST Express",
    tracking: "https://best-inc.vn/track?bills={code}",
  },
  { code: "spx", name: "SPX Express", tracking: "https://spx.vn/track?{code}" },
  { code: "ahamove", name: "Ahamove", tracking: null },
  { code: "grab", name: "GrabExpress", tracking: null },
  { code: "coach", name: "Nhà xe", tracking: null },
  { code: "other", name: "Đơn vị khác", tracking: null },
] as const satisfies readonly {
  code: string
  name: string
  tracking: string | null
}[]

export type CarrierCode = (typeof CARRIERS)[number]["code"]

export const CARRIER_CODES = CARRIERS.map((carrier) => carrier.code) as [
  CarrierCode,
  ...CarrierCode[],
]

/** Carriers named in free text by the producer (`carrier_name`). */
export const NAMED_CARRIERS: readonly CarrierCode[] = ["coach", "other"]

const byCode = new Map<string, (typeof CARRIERS)[number]>(
  CARRIERS.map((carrier) => [carrier.code, carrier])
)

export const isCarrierCode = (value: unknown): value is CarrierCode =>
  typeof value === "string" && byCode.has(value)

/** The name shoppers see: the carrier's own, or the one typed for a coach or other carrier. */
export function carrierDisplayName(
  code: CarrierCode,
  typedName?: string | null
): string {
  const carrier = byCode.get(code)!
  return NAMED_CARRIERS.includes(code) && typedName ? typedName : carrier.name
}

/** The carrier's public tracking page for this number, or null when it has none. */
export function carrierTrackingUrl(
  code: unknown,
  trackingNumber: string | null | undefined
): string | null {
  const template = isCarrierCode(code) ? byCode.get(code)!.tracking : null
  if (!template || !trackingNumber) return null
  return template.replace("{code}", encodeURIComponent(trackingNumber))
}

/** What a shipment's metadata says about its carrier; older shipments kept only free text. */
export type StoredCarrier = { carrier?: unknown; carrier_code?: unknown }

/** A shipment's carrier for display: its code when it has one, and its name. */
export function readStoredCarrier(metadata: StoredCarrier | null | undefined): {
  carrier_code: CarrierCode | null
  carrier: string | null
} {
  const code = isCarrierCode(metadata?.carrier_code)
    ? metadata.carrier_code
    : null
  const name =
    typeof metadata?.carrier === "string" && metadata.carrier
      ? metadata.carrier
      : code
        ? carrierDisplayName(code)
        : null
  return { carrier_code: code, carrier: name }
}
