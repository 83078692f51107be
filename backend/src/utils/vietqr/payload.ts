import { MedusaError } from "@medusajs/framework/utils"
import { crc16CcittFalse } from "./crc"

/** NAPAS' globally unique identifier for VietQR inside field 38. */
export const NAPAS_GUID = "A000000727"
/** Service code for an inter-bank 24/7 transfer to an account (not to a card). */
export const SERVICE_TRANSFER_TO_ACCOUNT = "QRIBFTTA"

export type VietQrPayloadInput = {
  /** Six-digit NAPAS BIN of the receiving bank, e.g. 970415 (VietinBank). */
  bankBin: string
  accountNumber: string
  /** Whole đồng; VND has no minor unit. */
  amount?: number
  /** What the shopper's banking app pre-fills as the transfer content (field 62.08). */
  purpose?: string
}

function field(id: string, value: string): string {
  if (value.length > 99) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `VietQR field ${id} is longer than 99 characters`
    )
  }
  return `${id}${String(value.length).padStart(2, "0")}${value}`
}

/**
 * Builds the EMVCo merchant-presented QR string for a VietQR transfer (NAPAS 247): any Vietnamese
 * banking app that scans it pre-fills bank, account, amount and content.
 */
export function buildVietQrPayload(input: VietQrPayloadInput): string {
  if (!/^\d{6}$/.test(input.bankBin)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The bank BIN must be six digits"
    )
  }
  if (!/^[0-9A-Za-z]{1,19}$/.test(input.accountNumber)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The account number must be 1–19 letters or digits"
    )
  }
  if (
    input.amount !== undefined &&
    (!Number.isInteger(input.amount) || input.amount <= 0)
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The amount must be a positive whole number of đồng"
    )
  }
  const beneficiary =
    field("00", input.bankBin) + field("01", input.accountNumber)
  const merchantAccount =
    field("00", NAPAS_GUID) +
    field("01", beneficiary) +
    field("02", SERVICE_TRANSFER_TO_ACCOUNT)

  let payload =
    field("00", "01") + field("01", "12") + field("38", merchantAccount)
  payload += field("53", "704")
  if (input.amount !== undefined) {
    payload += field("54", String(input.amount))
  }
  payload += field("58", "VN")
  if (input.purpose) {
    payload += field("62", field("08", input.purpose))
  }
  const withCrcHeader = `${payload}6304`
  return withCrcHeader + crc16CcittFalse(withCrcHeader)
}

/** Splits an EMVCo string into its top-level fields (used to read a payload back). */
export function parseEmvFields(payload: string): Record<string, string> {
  const fields: Record<string, string> = {}
  let position = 0
  while (position < payload.length) {
    const id = payload.slice(position, position + 2)
    const length = Number(payload.slice(position + 2, position + 4))
    if (!/^\d{2}$/.test(id) || Number.isNaN(length)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Malformed EMVCo field at position ${position}`
      )
    }
    fields[id] = payload.slice(position + 4, position + 4 + length)
    position += 4 + length
  }
  return fields
}
