import { z } from "@medusajs/framework/zod"
import { normalizeVietnamesePhone } from "../../utils/phone"

/**
 * A Vietnamese phone as people type it, stored in E.164. The rule itself is
 * `normalizeVietnamesePhone`, the one the checkout and the order lookup use too.
 */
export const vietnamesePhone = z
  .string({
    error: "phone is required: the producer's mobile, e.g. 0912 345 678",
  })
  .transform((value, ctx) => {
    const normalized = normalizeVietnamesePhone(value)
    if (!normalized) {
      ctx.addIssue({
        code: "custom",
        message: `phone "${value}" is not a Vietnamese phone number: enter a mobile like 0912 345 678 or +84 912 345 678`,
      })
      return z.NEVER
    }
    return normalized
  })
