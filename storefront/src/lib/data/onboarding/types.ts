// The onboarding screens' own shapes, as the backend's /onboarding/* routes answer them.

import type { HarvestSeason } from "@/lib/util/season"

type ProducerStatus = "draft" | "submitted" | "verified" | "suspended"
export type ProducerKind = "cooperative" | "farm" | "household" | "enterprise"
type ConsentMethod = "signed_form" | "verbal_witnessed" | "in_app"

export const PRODUCER_KINDS: ProducerKind[] = [
  "cooperative",
  "farm",
  "household",
  "enterprise",
]
export const CONSENT_METHODS: ConsentMethod[] = [
  "signed_form",
  "verbal_witnessed",
  "in_app",
]

interface OnboardingVariant {
  id: string
  title: string
  /** The base price, whole đồng. */
  price: number | null
  /** What a shopper pays now (a sale's price while one runs), whole đồng. */
  shopper_price: number | null
  stock: number | null
}

interface OnboardingCertificate {
  /** What the certificate says; it may not count now. */
  stars: number
  /** The stars shoppers see now; null while the certificate is not in force. */
  displayed_stars: number | null
  decision_number: string
  issuing_level: string
  issued_at: string
  image_url: string | null
}

export interface OnboardingProduct {
  id: string
  title: string
  status: string
  variants: OnboardingVariant[]
  ocop_certificate: OnboardingCertificate | null
  /** When it is in season; null until someone says. */
  season: HarvestSeason | null
  marketplace_listings: { id: string; marketplace: string; url: string }[]
}

export interface OnboardingProducer {
  id: string
  name: string
  kind: ProducerKind
  phone: string
  village: string | null
  ward: string | null
  province: string | null
  story_vi: string | null
  story_en: string | null
  photos: string[]
  status: ProducerStatus
  consent: { given_by: string; method: ConsentMethod; given_at: string } | null
  products: OnboardingProduct[]
}

interface OnboardingInvite {
  url: string
  expires_at: string
  qrDataUrl: string
}

/** What an onboarding form shows after submitting: nothing yet, done, or what is wrong. */
export type OnboardingFormState =
  | { status: "idle" }
  | { status: "saved" }
  | { status: "invite"; invite: OnboardingInvite }
  | {
      status: "error"
      reason:
        "invalid" | "credentials" | "failed" | "missing" | "locked" | "tooMany"
      field?: string
      missing?: string[]
      /** The backend's own sentence for `tooMany`, in the form's language. */
      message?: string
    }
