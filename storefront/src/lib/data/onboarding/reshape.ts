import { reshapeSeason, type RawSeason } from "@/lib/data/shared/season"
import type { OnboardingProducer, OnboardingProduct } from "./types"

type Raw = Record<string, unknown>

const list = (value: unknown): Raw[] =>
  Array.isArray(value) ? (value.filter(Boolean) as Raw[]) : []
const textOrNull = (value: unknown): string | null =>
  typeof value === "string" && value !== "" ? value : null
const numberOrNull = (value: unknown): number | null =>
  value === null || value === undefined || value === "" ? null : Number(value)

function toProduct(raw: Raw): OnboardingProduct {
  const certificate = raw.ocop_certificate as Raw | null | undefined
  return {
    id: String(raw.id),
    title: String(raw.title ?? ""),
    status: String(raw.status ?? "published"),
    variants: list(raw.variants).map((variant) => ({
      id: String(variant.id),
      title: String(variant.title ?? ""),
      price: numberOrNull(variant.price),
      shopper_price: numberOrNull(variant.shopper_price),
      stock: numberOrNull(variant.stock ?? variant.inventory_quantity),
    })),
    ocop_certificate: certificate
      ? {
          stars: Number(certificate.stars),
          displayed_stars: numberOrNull(certificate.displayed_stars),
          decision_number: String(certificate.decision_number ?? ""),
          issuing_level: String(certificate.issuing_level ?? ""),
          issued_at: String(certificate.issued_at ?? ""),
          image_url: textOrNull(certificate.image_url),
        }
      : null,
    season: reshapeSeason(raw.season as RawSeason | null | undefined),
    marketplace_listings: list(raw.marketplace_listings).map((listing) => ({
      id: String(listing.id),
      marketplace: String(listing.marketplace),
      url: String(listing.url),
    })),
  }
}

/** The backend's producer as the wizard reads it; absent relations become empty lists. */
export function toOnboardingProducer(raw: Raw): OnboardingProducer {
  const consent = raw.consent as Raw | null | undefined
  return {
    id: String(raw.id),
    name: String(raw.name ?? ""),
    kind: raw.kind as OnboardingProducer["kind"],
    phone: String(raw.phone ?? ""),
    village: textOrNull(raw.village),
    ward: textOrNull(raw.ward),
    province: textOrNull(raw.province),
    story_vi: textOrNull(raw.story_vi),
    story_en: textOrNull(raw.story_en),
    // Photos may come as URLs or as file records; the wizard only needs the URL.
    photos: (Array.isArray(raw.photos) ? (raw.photos as unknown[]) : []).map(
      (photo) =>
        typeof photo === "string" ? photo : String((photo as Raw).url)
    ),
    status: (raw.status as OnboardingProducer["status"]) ?? "draft",
    consent:
      consent && consent.given_by
        ? {
            given_by: String(consent.given_by),
            method: consent.method as "signed_form",
            given_at: String(consent.given_at ?? consent.created_at ?? ""),
          }
        : null,
    products: list(raw.products).map(toProduct),
  }
}
