import { z } from "@medusajs/framework/zod"
import { sanitizeText } from "../../utils/sanitize-text"

export const AcceptInvite = z.object({
  password: z
    .string({ error: "password is required" })
    .min(8, "password must have at least 8 characters")
    .max(200, "password must have at most 200 characters"),
  name: z.string().max(200).transform(sanitizeText).nullish(),
})
export type AcceptInviteType = z.infer<typeof AcceptInvite>
