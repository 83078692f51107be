import { z } from "@medusajs/framework/zod"
import {
  PRODUCER_KINDS,
  PRODUCER_STATUSES,
} from "../../../types/producer/module"

const nullableText = z.string().trim().max(5000).nullish()

export const AdminListProducersParams = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  status: z.enum(PRODUCER_STATUSES).optional(),
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
  phone: z.string().min(1),
  status: z.enum(PRODUCER_STATUSES).optional(),
})
export type AdminCreateProducerType = z.infer<typeof AdminCreateProducer>

export const AdminUpdateProducer = AdminCreateProducer.partial()
export type AdminUpdateProducerType = z.infer<typeof AdminUpdateProducer>

export const AdminLinkProducerProducts = z.object({
  add: z
    .array(z.string().min(1))
    .min(1, "add must name at least one product id"),
})
export type AdminLinkProducerProductsType = z.infer<
  typeof AdminLinkProducerProducts
>
