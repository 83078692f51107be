import { z } from "@medusajs/framework/zod"
import { sanitizeText } from "../../../utils/sanitize-text"
import { newPasswordField } from "../../utils/password-field"
import { vietnamesePhone } from "../../utils/phone-field"

const optionalText = (max: number) =>
  z.string().max(max).transform(sanitizeText).nullish()

export const AdminCreateOnboarder = z.object({
  email: z
    .email({ error: "email must be the volunteer's email address" })
    .transform((value) => value.toLowerCase()),
  name: z
    .string({ error: "name is required" })
    .min(1, "name is required")
    .max(200)
    .transform(sanitizeText),
  team: optionalText(200),
  village: optionalText(200),
  phone: vietnamesePhone.nullish(),
  password: newPasswordField,
})
export type AdminCreateOnboarderType = z.infer<typeof AdminCreateOnboarder>
