import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { resolveAddress } from "../../../utils/address"
import { normalizeVietnamesePhone } from "../../../utils/phone"

type CartAddress = {
  phone?: string | null
  province?: string | null
  city?: string | null
  country_code?: string | null
}

type FieldError = { field: string; message: string }

function checkAddress(
  name: "shipping_address" | "billing_address",
  address: CartAddress,
  errors: FieldError[]
) {
  if (address.phone !== undefined && address.phone !== null) {
    const phone = normalizeVietnamesePhone(address.phone)
    if (phone) {
      address.phone = phone
    } else {
      errors.push({
        field: `${name}.phone`,
        message:
          "Số điện thoại không hợp lệ: nhập số di động Việt Nam, ví dụ 0912 345 678 / Not a Vietnamese phone number",
      })
    }
  }
  if (address.country_code && address.country_code.toLowerCase() !== "vn") {
    errors.push({
      field: `${name}.country_code`,
      message:
        "Chợ chỉ giao hàng trong Việt Nam / We deliver within Việt Nam only (vn)",
    })
  }
  if (address.province || address.city) {
    const resolved = resolveAddress(address.province ?? "", address.city ?? "")
    if (resolved.ok) {
      address.province = resolved.address.province
      address.city = resolved.address.ward
    } else if (resolved.field === "province") {
      errors.push({
        field: `${name}.province`,
        message:
          "Không có tỉnh/thành này trong 34 tỉnh, thành từ 2025 / Unknown province (2025 list of 34)",
      })
    } else {
      errors.push({
        field: `${name}.city`,
        message:
          "Phường/xã không thuộc tỉnh đã chọn / This ward or commune is not in the chosen province",
      })
    }
  }
}

/**
 * Medusa's own cart routes accept any phone and any place name; a Vietnamese order needs an
 * E.164 mobile and a 2025 province → ward pair (issue 3). Normalises what is valid in place,
 * refuses the rest with 400 and field names before core writes anything.
 */
export function validateVietnameseCartAddress(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const body = req.validatedBody as Record<string, CartAddress | undefined>
  const errors: FieldError[] = []
  for (const name of ["shipping_address", "billing_address"] as const) {
    const address = body?.[name]
    if (address && typeof address === "object") {
      checkAddress(name, address, errors)
    }
  }
  if (errors.length) {
    res.status(400).json({
      type: "invalid_data",
      message: errors
        .map((error) => `${error.field}: ${error.message}`)
        .join("; "),
      errors,
    })
    return
  }
  next()
}

export const storeCartAddressMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/carts",
    middlewares: [validateVietnameseCartAddress],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id",
    middlewares: [validateVietnameseCartAddress],
  },
]
