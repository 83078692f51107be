import type {
  OnboardingProducer,
  OnboardingProduct,
} from "@/lib/data/onboarding/types"

// The wizard's order. Required items block "submit"; recommended ones are shown only.
export const WIZARD_STEPS = [
  "basics",
  "place",
  "story",
  "products",
  "certificates",
  "submit",
  "invite",
] as const
export type WizardStep = (typeof WIZARD_STEPS)[number]

export function isWizardStep(value: string): value is WizardStep {
  return (WIZARD_STEPS as readonly string[]).includes(value)
}

const hasPrice = (product: OnboardingProduct) =>
  product.variants.some((variant) => (variant.price ?? 0) > 0)

/** What the server needs before the producer can be submitted, in the wizard's order. */
export function missingRequired(producer: OnboardingProducer): string[] {
  const missing: string[] = []
  if (!producer.name) missing.push("name")
  if (!producer.kind) missing.push("kind")
  if (!producer.phone) missing.push("phone")
  if (!producer.consent) missing.push("consent")
  if (!producer.province) missing.push("province")
  if (!producer.ward) missing.push("ward")
  if (!producer.products.some(hasPrice)) missing.push("product")
  return missing
}

/** Shown as advice on the checklist, never blocking. */
export function missingRecommended(producer: OnboardingProducer): string[] {
  const missing: string[] = []
  if (!producer.story_vi && !producer.story_en) missing.push("story")
  if (producer.photos.length === 0) missing.push("photos")
  if (!producer.products.some((product) => product.ocop_certificate)) {
    missing.push("certificates")
  }
  if (
    !producer.products.some(
      (product) => product.marketplace_listings.length > 0
    )
  ) {
    missing.push("links")
  }
  return missing
}

/**
 * Where a reopened wizard continues: the first step the server does not have yet. Recommended
 * steps count as done once something later in the wizard has been saved (the volunteer moved on).
 */
export function firstIncompleteStep(producer: OnboardingProducer): WizardStep {
  if (producer.status !== "draft") return "invite"
  if (!producer.name || !producer.phone || !producer.consent) return "basics"
  if (!producer.province || !producer.ward) return "place"
  const hasProducts = producer.products.length > 0
  const hasStory =
    !!producer.story_vi || !!producer.story_en || producer.photos.length > 0
  if (!hasStory && !hasProducts) return "story"
  if (!producer.products.some(hasPrice)) return "products"
  const hasExtras = producer.products.some(
    (product) =>
      product.ocop_certificate || product.marketplace_listings.length > 0
  )
  if (!hasExtras) return "certificates"
  return "submit"
}
