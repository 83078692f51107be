"use server"

import { formFailure, localeOf, text } from "@/lib/data/shared/form-input"
import type { SeasonFormState } from "@/lib/data/shared/form-state"
import {
  reshapeSeason,
  SEASON_FIELDS,
  seasonBody,
  type RawSeason,
} from "@/lib/data/shared/season"
import QRCode from "qrcode"
import { refresh } from "next/cache"
import { parseVndInput } from "@/lib/util/vnd-input"
import { onboarderFetch } from "./fetch"
import type { OnboardingFormState } from "./types"

const failure = (error: unknown, fields: string[]): OnboardingFormState =>
  formFailure(error, fields, { 403: "locked", 409: "locked" })

const producerPath = (formData: FormData) =>
  `/onboarding/producers/${encodeURIComponent(text(formData, "producerId"))}`

/** Uploads the photos picked on the phone (multipart field `files`); none picked → none. */
async function uploadPhotos(
  formData: FormData,
  field: string,
  locale: string
): Promise<string[]> {
  const files = formData
    .getAll(field)
    .filter((file): file is File => file instanceof File && file.size > 0)
  if (files.length === 0) return []
  const form = new FormData()
  for (const file of files) form.append("files", file)
  const { files: uploaded } = await onboarderFetch<{
    files: { url: string }[]
  }>("/onboarding/uploads", { method: "POST", locale, body: form })
  return uploaded.map((file) => file.url)
}

/** Step 3's photos: adds them to the producer's story. */
export async function addProducerPhotos(
  _previous: OnboardingFormState,
  formData: FormData
): Promise<OnboardingFormState> {
  const locale = localeOf(formData)
  try {
    const photos = await uploadPhotos(formData, "photos", locale)
    if (photos.length === 0) {
      return { status: "error", reason: "invalid", field: "photos" }
    }
    const existing = formData.getAll("existingPhotos").map(String)
    await onboarderFetch(producerPath(formData), {
      method: "POST",
      locale,
      body: { photos: [...existing, ...photos] },
    })
  } catch (error) {
    return failure(error, ["photos"])
  }
  refresh()
  return { status: "saved" }
}

/**
 * Step 4: one product with its variants (a pack size each). Prices are typed in whole đồng;
 * the product is created published and stays hidden until an officer verifies the producer.
 */
export async function addProduct(
  _previous: OnboardingFormState,
  formData: FormData
): Promise<OnboardingFormState> {
  const title = text(formData, "title")
  if (!title) return { status: "error", reason: "invalid", field: "title" }
  const titles = formData.getAll("variant_title").map(String)
  const prices = formData.getAll("variant_price").map(String)
  const stocks = formData.getAll("variant_stock").map(String)
  const variants = []
  for (let index = 0; index < titles.length; index++) {
    const variantTitle = titles[index].trim()
    const priceText = (prices[index] ?? "").trim()
    if (!variantTitle && !priceText) continue
    const price = parseVndInput(priceText)
    if (price === null || price <= 0) {
      return { status: "error", reason: "invalid", field: "price" }
    }
    const stock = Number((stocks[index] ?? "0").trim() || "0")
    if (!Number.isInteger(stock) || stock < 0) {
      return { status: "error", reason: "invalid", field: "stock" }
    }
    variants.push({ title: variantTitle || title, price, stock })
  }
  if (variants.length === 0) {
    return { status: "error", reason: "invalid", field: "price" }
  }
  try {
    await onboarderFetch(`${producerPath(formData)}/products`, {
      method: "POST",
      locale: localeOf(formData),
      body: {
        title,
        description: text(formData, "description") || undefined,
        variants,
      },
    })
  } catch (error) {
    return failure(error, ["title", "price", "stock", "variants"])
  }
  refresh()
  return { status: "saved" }
}

/** Step 5: the OCOP certificate of one product, with a photo of the paper. */
export async function saveCertificate(
  _previous: OnboardingFormState,
  formData: FormData
): Promise<OnboardingFormState> {
  const locale = localeOf(formData)
  const productId = text(formData, "productId")
  const stars = Number(text(formData, "stars"))
  const decisionNumber = text(formData, "decision_number")
  const issuedAt = text(formData, "issued_at")
  if (![3, 4, 5].includes(stars)) {
    return { status: "error", reason: "invalid", field: "stars" }
  }
  if (!decisionNumber) {
    return { status: "error", reason: "invalid", field: "decision_number" }
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(issuedAt)) {
    return { status: "error", reason: "invalid", field: "issued_at" }
  }
  try {
    const [imageUrl] = await uploadPhotos(formData, "photo", locale)
    await onboarderFetch(
      `${producerPath(formData)}/products/${encodeURIComponent(productId)}/certificate`,
      {
        method: "POST",
        locale,
        body: {
          stars,
          decision_number: decisionNumber,
          issuing_level: text(formData, "issuing_level") || "province",
          issued_at: issuedAt,
          ...(imageUrl ? { image_url: imageUrl } : {}),
        },
      }
    )
  } catch (error) {
    return failure(error, ["stars", "decision_number", "issued_at"])
  }
  refresh()
  return { status: "saved" }
}

/** Step 4: when one saved product is in season, from the same picker members use. */
export async function saveOnboardingSeason(
  _previous: SeasonFormState,
  formData: FormData
): Promise<SeasonFormState> {
  const productId = text(formData, "productId")
  let season: RawSeason | null | undefined
  try {
    const { product } = await onboarderFetch<{
      product: { season?: RawSeason | null }
    }>(
      `${producerPath(formData)}/products/${encodeURIComponent(productId)}/season`,
      { method: "POST", locale: localeOf(formData), body: seasonBody(formData) }
    )
    season = product.season
  } catch (error) {
    return formFailure(error, SEASON_FIELDS, {
      403: "locked",
      404: "notFound",
      409: "locked",
    })
  }
  // The saved products' list above the pickers names each season.
  refresh()
  return { status: "saved", season: reshapeSeason(season) }
}

/** Step 5: a voso.vn / postmart.vn page of the same product. */
export async function addMarketplaceLink(
  _previous: OnboardingFormState,
  formData: FormData
): Promise<OnboardingFormState> {
  const productId = text(formData, "productId")
  const url = text(formData, "url")
  if (!url) return { status: "error", reason: "invalid", field: "url" }
  try {
    await onboarderFetch(
      `${producerPath(formData)}/products/${encodeURIComponent(productId)}/marketplace-listings`,
      {
        method: "POST",
        locale: localeOf(formData),
        body: { marketplace: text(formData, "marketplace"), url },
      }
    )
  } catch (error) {
    return failure(error, ["url", "marketplace"])
  }
  refresh()
  return { status: "saved" }
}

/** Step 7: a single-use link for the producer's member, also drawn as a QR code to scan. */
export async function createInvite(
  _previous: OnboardingFormState,
  formData: FormData
): Promise<OnboardingFormState> {
  const email = text(formData, "email").toLowerCase()
  if (!email) return { status: "error", reason: "invalid", field: "email" }
  try {
    const { invite } = await onboarderFetch<{
      invite: { url: string; expires_at: string }
    }>(`${producerPath(formData)}/invites`, {
      method: "POST",
      locale: localeOf(formData),
      body: { email },
    })
    const qrDataUrl = await QRCode.toDataURL(invite.url, {
      margin: 1,
      width: 280,
    })
    return { status: "invite", invite: { ...invite, qrDataUrl } }
  } catch (error) {
    return failure(error, ["email"])
  }
}
