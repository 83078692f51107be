import { z } from "@medusajs/framework/zod"
import { MARKETPLACES } from "../../types/marketplace/module"
import { sanitizeText } from "../../utils/sanitize-text"

// Every text a member types is stripped of markup before it is stored (issue 5).
const cleanText = (max: number) => z.string().max(max).transform(sanitizeText)

const title = cleanText(200).pipe(
  z.string().min(1, "title is required: type the product's name")
)
const optionalText = (max: number) => cleanText(max).nullish()

const price = z
  .number({ error: "price must be a number of đồng, e.g. 120000" })
  .int("price must be whole đồng, without decimals")
  .positive("price must be more than 0 đồng")
  .max(1_000_000_000, "price must be at most 1.000.000.000 đồng")
const stock = z
  .number({ error: "stock must be a number of units, e.g. 25" })
  .int("stock must be a whole number of units")
  .min(0, "stock cannot be negative")
  .max(1_000_000)
const imageUrl = z.url({
  protocol: /^https?$/,
  error: "each image must be a web address from the upload",
})

export const PortalCreateProduct = z.object({
  title,
  subtitle: optionalText(300),
  description: optionalText(5000),
  status: z.enum(["draft", "published"]).default("draft"),
  images: z.array(imageUrl).max(10).optional(),
  variants: z
    .array(
      z.object({
        title: cleanText(100).pipe(
          z.string().min(1, "each variant needs a name, e.g. 500g")
        ),
        price,
        stock: stock.default(0),
      })
    )
    .min(1, "add at least one variant with its price")
    .max(20)
    .refine(
      (variants) =>
        new Set(variants.map((variant) => variant.title)).size ===
        variants.length,
      "variant names must differ from each other"
    ),
})
export type PortalCreateProductType = z.infer<typeof PortalCreateProduct>

export const PortalUpdateProduct = z
  .object({
    title: title.optional(),
    subtitle: optionalText(300),
    description: optionalText(5000),
    status: z.enum(["draft", "published"]).optional(),
    images: z.array(imageUrl).max(10).optional(),
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

// The URL is a plain string here: the workflow checks it and explains what is wrong.
export const PortalCreateListing = z.object({
  marketplace: z.enum(MARKETPLACES),
  url: z.string(),
})
export type PortalCreateListingType = z.infer<typeof PortalCreateListing>

export const PortalUpdateListing = z.object({ url: z.string() }).strict()
export type PortalUpdateListingType = z.infer<typeof PortalUpdateListing>

export const PortalListProductsParams = z.object({})
export const PortalEmptyBody = z.object({}).strict()

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
