"use client"

import { useTranslations } from "next-intl"
import type { OnboardingFormState } from "@/lib/data/onboarding/types"
import type { PortalFormState } from "@/lib/data/portal/types"

// The fields each area has a message for; any other field falls back to the reason's message.
const PORTAL_FIELDS = [
  "title",
  "price",
  "stock",
  "url",
  "carrier",
  "carrier_name",
  "tracking_number",
  "password",
  "file",
  "fileSize",
  "variant",
] as const
const ONBOARDING_FIELDS = [
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

const among = <Field extends string>(
  fields: readonly Field[],
  field: string | undefined
): field is Field => !!field && (fields as readonly string[]).includes(field)

type FormStatusProps = (
  | { area: "portal"; state: PortalFormState }
  | { area: "onboarding"; state: OnboardingFormState }
) & { savedMessage?: string }

function useStatusLine(
  props: FormStatusProps
): { saved: boolean; text: string } | null {
  const t = useTranslations()
  if (props.area === "portal") {
    const { state } = props
    if (state.status === "idle") return null
    if (state.status === "saved") {
      return { saved: true, text: props.savedMessage ?? t("portal.saved") }
    }
    return {
      saved: false,
      text: among(PORTAL_FIELDS, state.field)
        ? t(`portal.errors.${state.field}`)
        : (state.message ?? t(`portal.errors.${state.reason}`)),
    }
  }
  const { state } = props
  if (state.status === "idle" || state.status === "invite") return null
  if (state.status === "saved") {
    return {
      saved: true,
      text: props.savedMessage ?? t("onboarding.actions.saved"),
    }
  }
  return {
    saved: false,
    text: among(ONBOARDING_FIELDS, state.field)
      ? t(`onboarding.errors.fields.${state.field}`)
      : (state.message ?? t(`onboarding.errors.${state.reason}`)),
  }
}

/** The one line under a portal or onboarding form: saved, or what to fix. */
export default function FormStatus(props: FormStatusProps) {
  const line = useStatusLine(props)
  if (!line) return null
  return line.saved ? (
    <p
      role="status"
      data-testid={`${props.area}-form-saved`}
      className="rounded-lg bg-leaf-50 p-3 text-base text-leaf-800"
    >
      {line.text}
    </p>
  ) : (
    <p
      role="alert"
      data-testid={`${props.area}-form-error`}
      className="rounded-lg bg-berry-500/10 p-3 text-base text-berry-600"
    >
      {line.text}
    </p>
  )
}

/** aria-invalid for the field the last answer named. */
export function invalidProps(
  state: PortalFormState | OnboardingFormState,
  field: string
) {
  return state.status === "error" && state.field === field
    ? { "aria-invalid": true as const }
    : {}
}
