"use client"

import { useTranslations } from "next-intl"
import type { OnboardingFormState } from "@/lib/data/onboarding-types"

const FIELDS = [
  "name",
  "kind",
  "phone",
  "consent",
  "province",
  "ward",
  "title",
  "price",
  "stock",
  "stars",
  "decision_number",
  "issued_at",
  "url",
  "email",
  "photos",
] as const
type Field = (typeof FIELDS)[number]

export const isField = (field: string | undefined): field is Field =>
  !!field && (FIELDS as readonly string[]).includes(field)

/** The one line under a form that says whether it was saved, and if not, what to fix. */
export default function FormStatus({
  state,
  savedMessage,
}: {
  state: OnboardingFormState
  savedMessage?: string
}) {
  const t = useTranslations("onboarding")
  if (state.status === "idle" || state.status === "invite") return null
  if (state.status === "saved") {
    return (
      <p
        role="status"
        data-testid="onboarding-form-saved"
        className="rounded-lg bg-leaf-50 p-3 text-base text-leaf-800"
      >
        {savedMessage ?? t("actions.saved")}
      </p>
    )
  }
  return (
    <p
      role="alert"
      data-testid="onboarding-form-error"
      className="rounded-lg bg-berry-500/10 p-3 text-base text-berry-600"
    >
      {isField(state.field)
        ? t(`errors.fields.${state.field}`)
        : t(`errors.${state.reason}`)}
    </p>
  )
}

/** aria-invalid for the field the last answer named. */
export function invalidProps(state: OnboardingFormState, field: string) {
  return state.status === "error" && state.field === field
    ? { "aria-invalid": true as const }
    : {}
}
