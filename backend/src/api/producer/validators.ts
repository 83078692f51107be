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
import { CARRIER_CODES, NAMED_CARRIERS } from "../../utils/carriers"

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

const lowStockThreshold = z
  .number({ error: "low_stock_threshold must be a number of units, e.g. 5" })
  .int("low_stock_threshold must be a whole number of units")
  .min(0, "low_stock_threshold cannot be negative")
  .max(100_000)

export const PortalUpdateVariant = z
  .object({
    price: price.optional(),
    stock: stock.optional(),
    low_stock_threshold: lowStockThreshold.optional(),
  })
  .strict()
  .refine(
    (body) =>
      body.price !== undefined ||
      body.stock !== undefined ||
      body.low_stock_threshold !== undefined,
    "send a price, a stock, a low-stock threshold, or any of them"
  )
export type PortalUpdateVariantType = z.infer<typeof PortalUpdateVariant>

export const PortalCreateListing = CreateListing
export type PortalCreateListingType = z.infer<typeof PortalCreateListing>

export const PortalUpdateListing = z.object({ url: z.string() }).strict()
export type PortalUpdateListingType = z.infer<typeof PortalUpdateListing>

/**
 * A carrier is chosen by code, so the shopper's tracking link is built from the carrier's own
 * page (utils/carriers.ts) rather than typed; a coach company or other carrier is named.
 */
export const PortalShipOrder = z
  .object({
    carrier: z.enum(CARRIER_CODES, {
      error: `carrier must be one of ${CARRIER_CODES.join(", ")}`,
    }),
    tracking_number: cleanText(100).pipe(
      z
        .string()
        .min(
          1,
          "tracking_number is required: copy it from the carrier's receipt"
        )
    ),
    carrier_name: optionalText(100),
  })
  .strict()
  .superRefine((body, ctx) => {
    const named = NAMED_CARRIERS.includes(body.carrier)
    if (named && !body.carrier_name?.trim()) {
      ctx.addIssue({
        code: "custom",
        path: ["carrier_name"],
        message:
          "carrier_name is required for a coach or other carrier: type its name, e.g. Nhà xe Phương Trang",
      })
    }
    if (!named && body.carrier_name) {
      ctx.addIssue({
        code: "custom",
        path: ["carrier_name"],
        message: `carrier_name is only for coach or other: leave it out for ${body.carrier}`,
      })
    }
  })
export type PortalShipOrderType = z.infer<typeof PortalShipOrder>

/** Which printable sheet of a product's QR code: an A6 poster or an A4 sheet of 24 labels. */
export const PortalQrSheetQuery = z.object({
  layout: z.enum(["poster", "labels"]),
})
export type PortalQrSheetQueryType = z.infer<typeof PortalQrSheetQuery>
