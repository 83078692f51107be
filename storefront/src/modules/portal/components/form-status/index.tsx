"use client"

import { useTranslations } from "next-intl"
import type { PortalFormState } from "@/lib/data/portal-types"

const FIELDS = [
  "title",
  "price",
  "stock",
  "url",
  "carrier",
  "tracking_number",
  "password",
  "file",
  "fileSize",
  "variant",
] as const

/** The one line under a portal form that says whether it was saved, and if not, why. */
export default function FormStatus({
  state,
  savedMessage,
}: {
  state: PortalFormState
  savedMessage?: string
}) {
  const t = useTranslations("portal")
  if (state.status === "idle") return null
  if (state.status === "saved") {
    return (
      <p
        role="status"
        data-testid="portal-form-saved"
        className="rounded-lg bg-leaf-50 p-3 text-base text-leaf-800"
      >
        {savedMessage ?? t("saved")}
      </p>
    )
  }
  const fieldMessage =
    state.field && (FIELDS as readonly string[]).includes(state.field)
      ? t(`errors.${state.field as (typeof FIELDS)[number]}`)
      : null
  return (
    <p
      role="alert"
      data-testid="portal-form-error"
      className="rounded-lg bg-berry-500/10 p-3 text-base text-berry-600"
    >
      {fieldMessage ?? t(`errors.${state.reason}`)}
    </p>
  )
}
