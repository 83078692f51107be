import { z } from "@medusajs/framework/zod"
import { OCOP_ISSUING_LEVELS } from "../../types/ocop/module"
import { CONSENT_METHODS, PRODUCER_KINDS } from "../../types/producer/module"
import { findProvince, findWard } from "../../utils/address"
import { vietnamesePhone as phone } from "../utils/phone-field"
import {
  cleanText,
  CreateListing,
  optionalText,
  photoUrl,
  productImages,
  productStatus,
  productTitle,
  productVariants,
} from "../utils/product-fields"

const consent = z.object(
  {
    given_by: cleanText(200).pipe(
      z.string().min(1, "consent.given_by is required: who agreed to be listed")
    ),
    method: z.enum(CONSENT_METHODS, {
      error: `consent.method must be one of ${CONSENT_METHODS.join(", ")}`,
    }),
  },
  {
    error:
      "consent is required: record who agreed to be listed and how (signed_form, verbal_witnessed or in_app)",
  }
)

const producerFields = {
  name: cleanText(200).pipe(
    z.string().min(1, "name is required: the producer's name")
  ),
  kind: z.enum(PRODUCER_KINDS, {
    error: `kind must be one of ${PRODUCER_KINDS.join(", ")}`,
  }),
  phone,
  village: optionalText(200),
  ward: optionalText(200),
  province: optionalText(200),
  story_vi: optionalText(5000),
  story_en: optionalText(5000),
  photos: z.array(photoUrl).max(20).nullish(),
}

type PlaceFields = { ward?: string | null; province?: string | null }

/**
 * Province and ward by the names of the checkout's 2025 address dataset ("Tỉnh Lâm Đồng" →
 * "Lâm Đồng"); a ward is checked against its province, so it needs one.
 */
function normalizePlace<T extends PlaceFields>(body: T, ctx: z.RefinementCtx) {
  if (!body.province && !body.ward) {
    return body
  }
  if (!body.province) {
    ctx.addIssue({
      code: "custom",
      path: ["province"],
      message: "province is required with a ward: send both, e.g. Lâm Đồng",
    })
    return z.NEVER
  }
  const province = findProvince(body.province)
  if (!province) {
    ctx.addIssue({
      code: "custom",
      path: ["province"],
      message: `province "${body.province}" is not one of the 34 provinces since 2025`,
    })
    return z.NEVER
  }
  if (!body.ward) {
    return { ...body, province: province.name }
  }
  const ward = findWard(province, body.ward)
  if (!ward) {
    ctx.addIssue({
      code: "custom",
      path: ["ward"],
      message: `ward "${body.ward}" is not a ward or commune of ${province.name}`,
    })
    return z.NEVER
  }
  return { ...body, province: province.name, ward: ward.name }
}

// Strict before the transform, which hides the object from the validator's own strictness.
export const OnboardingCreateProducer = z
  .object({ ...producerFields, consent })
  .strict()
  .transform(normalizePlace)
export type OnboardingCreateProducerType = z.infer<
  typeof OnboardingCreateProducer
>

export const OnboardingUpdateProducer = z
  .object({
    ...producerFields,
    name: producerFields.name.optional(),
    kind: producerFields.kind.optional(),
    phone: phone.optional(),
    consent: consent.optional(),
  })
  .strict()
  .transform(normalizePlace)
export type OnboardingUpdateProducerType = z.infer<
  typeof OnboardingUpdateProducer
>

export const OnboardingCreateProduct = z.object({
  title: productTitle,
  description: optionalText(5000),
  // Published by default: the visibility rule keeps it hidden until the producer is verified.
  status: productStatus.default("published"),
  images: productImages.optional(),
  variants: productVariants,
})
export type OnboardingCreateProductType = z.infer<
  typeof OnboardingCreateProduct
>

export const OnboardingSetCertificate = z.object({
  // The 3–5 range is checked by the OCOP workflow, whose message names it.
  stars: z.number({ error: "stars must be 3, 4 or 5" }).int(),
  decision_number: z
    .string({ error: "decision_number is required, e.g. 1234/QĐ-UBND" })
    .trim()
    .min(1, "decision_number is required, e.g. 1234/QĐ-UBND"),
  issuing_level: z.enum(OCOP_ISSUING_LEVELS).default("province"),
  issued_at: z.coerce.date({
    error: "issued_at must be a date, e.g. 2025-06-30",
  }),
  expires_at: z.coerce.date().nullish(),
  image_url: photoUrl.nullish(),
})
export type OnboardingSetCertificateType = z.infer<
  typeof OnboardingSetCertificate
>

export const OnboardingCreateListing = CreateListing
export type OnboardingCreateListingType = z.infer<
  typeof OnboardingCreateListing
>

export const OnboardingCreateInvite = z.object({
  email: z
    .email({ error: "email must be the member's email address" })
    .transform((value) => value.toLowerCase()),
})
export type OnboardingCreateInviteType = z.infer<typeof OnboardingCreateInvite>

export const OnboardingSubmitProducer = z.object({
  note: optionalText(2000),
})
export type OnboardingSubmitProducerType = z.infer<
  typeof OnboardingSubmitProducer
>
