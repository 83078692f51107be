import { z } from "@medusajs/framework/zod"
import {
  PRODUCER_KINDS,
  PRODUCER_STATUSES,
} from "../../../types/producer/module"
import { vietnamesePhone } from "../../utils/phone-field"

const nullableText = z.string().trim().max(5000).nullish()

export const AdminListProducersParams = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  status: z.enum(PRODUCER_STATUSES).optional(),
  village: z.string().trim().min(1).optional(),
  onboarder_id: z.string().trim().min(1).optional(),
  q: z.string().trim().min(1).optional(),
})
export type AdminListProducersParamsType = z.infer<
  typeof AdminListProducersParams
>

export const AdminGetProducerParams = z.object({})

export const AdminCreateProducer = z.object({
  handle: z
    .string()
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      "handle must be lowercase words joined by hyphens, e.g. htx-namanh"
    ),
  name: z.string().trim().min(1).max(200),
  kind: z.enum(PRODUCER_KINDS),
  village: nullableText,
  ward: nullableText,
  province: nullableText,
  story_vi: nullableText,
  story_en: nullableText,
  phone: vietnamesePhone,
  status: z.enum(PRODUCER_STATUSES).optional(),
})
export type AdminCreateProducerType = z.infer<typeof AdminCreateProducer>

// The status only moves through /verify, /suspend and /reinstate, which check and record it.
// Strict here: the transform hides the object from the validator, which makes only plain
// objects strict, and an unknown field must be refused by name rather than dropped.
export const AdminUpdateProducer = AdminCreateProducer.partial()
  .extend({ status: z.unknown().optional() })
  .strict()
  .superRefine((body, ctx) => {
    if (body.status !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["status"],
        message:
          "status cannot be edited: use POST /admin/producers/:id/verify, /suspend (with a reason) or /reinstate",
      })
    }
  })
  .transform(
    (body) =>
      Object.fromEntries(
        Object.entries(body).filter(([key]) => key !== "status")
      ) as Omit<typeof body, "status">
  )
export type AdminUpdateProducerType = z.infer<typeof AdminUpdateProducer>

export const AdminVerifyProducer = z.object({
  note: z.string().trim().max(2000).nullish(),
})
export type AdminVerifyProducerType = z.infer<typeof AdminVerifyProducer>

export const AdminSuspendProducer = z.object({
  reason: z
    .string({ error: "reason is required: say why the producer is suspended" })
    .trim()
    .min(1, "reason is required: say why the producer is suspended")
    .max(2000),
})
export type AdminSuspendProducerType = z.infer<typeof AdminSuspendProducer>

export const AdminLinkProducerProducts = z.object({
  add: z
    .array(z.string().min(1))
    .min(1, "add must name at least one product id"),
})
export type AdminLinkProducerProductsType = z.infer<
  typeof AdminLinkProducerProducts
>

export const AdminCreateProducerInvite = z.object({
  email: z
    .email({ error: "email must be the member's email address" })
    .transform((value) => value.toLowerCase()),
})
export type AdminCreateProducerInviteType = z.infer<
  typeof AdminCreateProducerInvite
>

/** Officers print a producer's packaging labels; posters are printed product by product. */
export const AdminQrSheetQuery = z.object({
  layout: z.enum(["labels"]),
})
export type AdminQrSheetQueryType = z.infer<typeof AdminQrSheetQuery>
