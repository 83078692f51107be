"use client"

import type { Locale } from "@/i18n/routing"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { acceptInvite } from "@/lib/data/invite"
import type { PortalFormState } from "@/lib/data/portal-types"
import SubmitButton from "@/modules/common/components/submit-button"
import { inputClass, labelClass, labelTextClass } from "../styles"

const initialState: PortalFormState = { status: "idle" }
const FIELDS = ["password", "confirm"]

/** The invited member chooses a password (typed twice) and lands signed in on the portal. */
export default function AcceptInviteForm({
  token,
  email,
  locale,
}: {
  token: string
  email: string
  locale: Locale
}) {
  const t = useTranslations("onboarding.acceptInvite")
  const [state, formAction] = useActionState(acceptInvite, initialState)
  const error =
    state.status === "error"
      ? state.field && FIELDS.includes(state.field)
        ? t(`errors.${state.field as "password" | "confirm"}`)
        : t(`errors.${state.reason === "expired" ? "expired" : "failed"}`)
      : null
  return (
    <form
      action={formAction}
      className="space-y-4"
      data-testid="accept-invite-form"
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      {/* Lets the phone's password manager store the new password under the right account. */}
      <input
        type="hidden"
        name="username"
        autoComplete="username"
        value={email}
      />
      <label className={labelClass}>
        <span className={labelTextClass}>{t("password")}</span>
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
          className={inputClass}
          data-testid="accept-invite-password"
        />
      </label>
      <label className={labelClass}>
        <span className={labelTextClass}>{t("confirm")}</span>
        <input
          name="confirm"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
          className={inputClass}
          data-testid="accept-invite-confirm"
        />
      </label>
      {error && (
        <p
          role="alert"
          data-testid="accept-invite-error"
          className="rounded-lg bg-berry-500/10 p-3 text-base text-berry-600"
        >
          {error}
        </p>
      )}
      <SubmitButton label={t("submit")} testId="accept-invite-submit" />
    </form>
  )
}
