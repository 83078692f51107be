import { z } from "@medusajs/framework/zod"
import { seasonProblems } from "../../domain/harvest-season"
import { preorderProblems } from "../../domain/preorder"
import { vietnamDate } from "../../domain/harvest-season"
import { MARKETPLACES } from "../../types/marketplace/module"
import { FOREIGN_IMAGE_MESSAGE, isOwnFileUrl } from "../../utils/own-file-url"
import { sanitizeText } from "../../utils/sanitize-text"

/**
 * The fields a producer member (portal) and a volunteer (onboarding) type about a product,
 * written once so both forms accept and refuse the same values with the same messages.
 */

/** Every typed text is stripped of markup before it is stored: it is shown to shoppers. */
export const cleanText = (max: number) =>
  z.string().max(max).transform(sanitizeText)

export const optionalText = (max: number) => cleanText(max).nullish()

export const productTitle = cleanText(200).pipe(
  z.string().min(1, "title is required: type the product's name")
)

export const productStatus = z.enum(["draft", "published"])

/** VND has no minor unit, so a price is whole đồng. */
export const price = z
  .number({ error: "price must be a number of đồng, e.g. 120000" })
  .int("price must be whole đồng, without decimals")
  .positive("price must be more than 0 đồng")
  .max(1_000_000_000, "price must be at most 1.000.000.000 đồng")

export const stock = z
  .number({ error: "stock must be a number of units, e.g. 25" })
  .int("stock must be a whole number of units")
  .min(0, "stock cannot be negative")
  .max(1_000_000)

/** Pictures come from the upload routes, which answer with their web addresses. */
export const photoUrl = z.url({
  protocol: /^https?$/,
  error: "each photo must be the web address of an uploaded picture",
})

/**
 * Product pictures are shown to every shopper: only files the market itself stored (the upload
 * routes' answers) are accepted, never a picture hosted elsewhere.
 */
export const productImages = z
  .array(
    photoUrl.refine((url) => isOwnFileUrl(url), {
      error: FOREIGN_IMAGE_MESSAGE,
    })
  )
  .max(10)

const variant = z.object({
  title: cleanText(100).pipe(
    z.string().min(1, "each variant needs a name, e.g. 500g")
  ),
  price,
  stock: stock.default(0),
})

/** At least one pack size with its price; names tell the pack sizes apart. */
export const productVariants = z
  .array(variant, {
    error: "variants is required: at least one pack size with its price",
  })
  .min(1, "variants: add at least one variant with its price")
  .max(20)
  .refine(
    (variants) =>
      new Set(variants.map((item) => item.title)).size === variants.length,
    "variants: names must differ from each other"
  )

/** The URL is a plain string here: the workflow checks it and explains what is wrong. */
export const CreateListing = z.object({
  marketplace: z.enum(MARKETPLACES, {
    error: `marketplace must be one of ${MARKETPLACES.join(", ")}`,
  }),
  url: z.string({ error: "url is required" }),
})

/**
 * A product's season: `all_year` with optional `best_months`, or seasonal with its
 * `harvest_months` (1–12). The season rule (domain/harvest-season.ts) names each wrong field.
 */
export const ProductSeason = z
  .object({
    all_year: z.boolean({ error: "all_year must be true or false" }),
    harvest_months: z
      .array(
        z.number({
          error:
            "harvest_months holds months from 1 (January) to 12 (December)",
        })
      )
      .max(12, "harvest_months holds at most the 12 months")
      .default([]),
    best_months: z
      .array(
        z.number({
          error: "best_months holds months from 1 (January) to 12 (December)",
        })
      )
      .max(12, "best_months holds at most the 12 months")
      .default([]),
  })
  .superRefine((season, context) => {
    for (const problem of seasonProblems(season)) {
      context.addIssue({
        code: "custom",
        path: [problem.field],
        message: problem.message,
      })
    }
  })
export type ProductSeasonType = z.infer<typeof ProductSeason>

/**
 * A product's announced next harvest: its date (after today, at most a year ahead) and how many
 * units shoppers may pre-order. The pre-order rule (domain/preorder.ts) names each wrong field;
 * the workflow checks the quantity again against what is already pre-ordered.
 */
export const ProductPreorder = z
  .object({
    harvest_on: z.string({
      error: "harvest_on is a date written YYYY-MM-DD, e.g. 2027-05-10",
    }),
    quantity: z.number({
      error: "quantity is a whole number of units, e.g. 40",
    }),
  })
  .superRefine((preorder, context) => {
    const today = vietnamDate(new Date())
    for (const problem of preorderProblems(preorder, { today, ordered: 0 })) {
      context.addIssue({
        code: "custom",
        path: [problem.field],
        message: problem.message,
      })
    }
  })
export type ProductPreorderType = z.infer<typeof ProductPreorder>
