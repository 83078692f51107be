import { z } from "@medusajs/framework/zod"
import {
  cleanText,
  CreateListing,
  optionalText,
  price,
  productImages,
  productStatus,
  productTitle,
  productVariants,
  stock,
} from "../utils/product-fields"

export const PortalCreateProduct = z.object({
  title: productTitle,
  subtitle: optionalText(300),
  description: optionalText(5000),
  status: productStatus.default("draft"),
  images: productImages.optional(),
  variants: productVariants,
})
export type PortalCreateProductType = z.infer<typeof PortalCreateProduct>

export const PortalUpdateProduct = z
  .object({
    title: productTitle.optional(),
    subtitle: optionalText(300),
    description: optionalText(5000),
    status: productStatus.optional(),
    images: productImages.optional(),
  })
  .strict()
export type PortalUpdateProductType = z.infer<typeof PortalUpdateProduct>

export const PortalUpdateVariant = z
  .object({ price: price.optional(), stock: stock.optional() })
  .strict()
  .refine(
    (body) => body.price !== undefined || body.stock !== undefined,
    "send a price, a stock, or both"
  )
export type PortalUpdateVariantType = z.infer<typeof PortalUpdateVariant>

export const PortalCreateListing = CreateListing
export type PortalCreateListingType = z.infer<typeof PortalCreateListing>

export const PortalUpdateListing = z.object({ url: z.string() }).strict()
export type PortalUpdateListingType = z.infer<typeof PortalUpdateListing>

export const PortalShipOrder = z
  .object({
    carrier: cleanText(100).pipe(
      z.string().min(1, "carrier is required, e.g. Viettel Post")
    ),
    tracking_number: cleanText(100).pipe(
      z
        .string()
        .min(
          1,
          "tracking_number is required: copy it from the carrier's receipt"
        )
    ),
    tracking_url: z.url({ protocol: /^https$/ }).nullish(),
  })
  .strict()
export type PortalShipOrderType = z.infer<typeof PortalShipOrder>
