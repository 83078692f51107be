import { z } from "@medusajs/framework/zod"
import { vietnamesePhone } from "../../utils/phone-field"

export const StorePhoneVerification = z.object({
  phone: vietnamesePhone,
})
export type StorePhoneVerificationType = z.infer<typeof StorePhoneVerification>
