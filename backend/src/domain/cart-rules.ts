import { resolveAddress } from "../utils/address"
import { normalizeVietnamesePhone } from "../utils/phone"

/** A refusal that names the request field it is about. */
export type FieldError = { field: string; message: string }

/** The parts of a cart address the market's rules look at. */
export type CartAddress = {
  phone?: string | null
  province?: string | null
  city?: string | null
  country_code?: string | null
}

export type CartAddressField = "shipping_address" | "billing_address"

/** A cart line must be a whole number of units, at least one. */
export function quantityProblem(quantity: unknown): string | null {
  if (typeof quantity !== "number" || !Number.isInteger(quantity)) {
    return "Số lượng phải là số nguyên từ 1 trở lên / Quantity must be a whole number, 1 or more"
  }
  if (quantity < 1) {
    return "Số lượng phải từ 1 trở lên; để bỏ sản phẩm hãy xoá dòng / Quantity must be 1 or more; delete the line to remove it"
  }
  return null
}

/**
 * What a cart may hold of one variant: no more than is available. `available` null means the
 * variant does not track inventory, so there is no limit.
 */
export function stockProblem(
  wanted: number,
  available: number | null | undefined
): string | null {
  if (available === null || available === undefined || wanted <= available) {
    return null
  }
  return `Chỉ còn ${available} trong kho / Only ${available} left in stock`
}

/** `shipping_address.phone` inside a cart, `phone` for an address saved on its own. */
const fieldName = (address: CartAddressField | null, field: string) =>
  address ? `${address}.${field}` : field

/**
 * A Vietnamese delivery address: a Vietnamese mobile (stored as E.164), country `vn`, and a
 * province → ward pair from the 2025 list of 34 provinces. Returns the address with valid
 * values in their stored form, and the problems with the rest.
 */
export function checkCartAddress(
  name: CartAddressField | null,
  address: CartAddress
): { normalized: CartAddress; errors: FieldError[] } {
  const normalized = { ...address }
  const errors: FieldError[] = []
  if (address.phone !== undefined && address.phone !== null) {
    const phone = normalizeVietnamesePhone(address.phone)
    if (phone) {
      normalized.phone = phone
    } else {
      errors.push({
        field: fieldName(name, "phone"),
        message:
          "Số điện thoại không hợp lệ: nhập số di động Việt Nam, ví dụ 0912 345 678 / Not a Vietnamese phone number",
      })
    }
  }
  if (address.country_code && address.country_code.toLowerCase() !== "vn") {
    errors.push({
      field: fieldName(name, "country_code"),
      message:
        "Chợ chỉ giao hàng trong Việt Nam / We deliver within Việt Nam only (vn)",
    })
  }
  if (address.province || address.city) {
    const resolved = resolveAddress(address.province ?? "", address.city ?? "")
    if (resolved.ok) {
      normalized.province = resolved.address.province
      normalized.city = resolved.address.ward
    } else if (resolved.field === "province") {
      errors.push({
        field: fieldName(name, "province"),
        message:
          "Không có tỉnh/thành này trong 34 tỉnh, thành từ 2025 / Unknown province (2025 list of 34)",
      })
    } else {
      errors.push({
        field: fieldName(name, "city"),
        message:
          "Phường/xã không thuộc tỉnh đã chọn / This ward or commune is not in the chosen province",
      })
    }
  }
  return { normalized, errors }
}

/** One message for a list of field problems, each prefixed by its field. */
export function describeFieldErrors(errors: FieldError[]): string {
  return errors.map((error) => `${error.field}: ${error.message}`).join("; ")
}
