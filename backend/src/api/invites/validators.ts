import { z } from "@medusajs/framework/zod"
import { sanitizeText } from "../../utils/sanitize-text"
import { newPasswordField } from "../utils/password-field"

export const AcceptInvite = z.object({
  password: newPasswordField,
  name: z.string().max(200).transform(sanitizeText).nullish(),
})
export type AcceptInviteType = z.infer<typeof AcceptInvite>
