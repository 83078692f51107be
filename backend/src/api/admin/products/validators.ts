import { z } from "@medusajs/framework/zod"
import { MARKETPLACES } from "../../../types/marketplace/module"
import { OCOP_ISSUING_LEVELS } from "../../../types/ocop/module"

export const AdminUpsertOcopCertificate = z.object({
  // The 3–5 range is checked by the workflow, whose message names it.
  stars: z.number().int(),
  decision_number: z.string().trim().min(1),
  issuing_level: z.enum(OCOP_ISSUING_LEVELS),
  issued_at: z.coerce.date(),
  expires_at: z.coerce.date().nullish(),
  image_url: z.url().nullish(),
})
export type AdminUpsertOcopCertificateType = z.infer<
  typeof AdminUpsertOcopCertificate
>

// The URL is a plain string here: the workflow checks it and explains what is wrong.
export const AdminCreateMarketplaceListing = z.object({
  marketplace: z.enum(MARKETPLACES),
  url: z.string(),
})
export type AdminCreateMarketplaceListingType = z.infer<
  typeof AdminCreateMarketplaceListing
>
