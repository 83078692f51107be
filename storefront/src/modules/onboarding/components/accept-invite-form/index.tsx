"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { acceptInvite } from "@/lib/data/portal/invite"
import type { PortalFormState } from "@/lib/data/portal/types"
import NewPasswordFields, {
  type EmailedLink,
} from "@/modules/common/components/new-password-fields"
import SubmitButton from "@/modules/common/components/submit-button"
import { inputClass, labelClass, labelTextClass } from "../styles"

const initialState: PortalFormState = { status: "idle" }
const FIELDS = ["password", "confirm"]

/** The invited member chooses a password (typed twice) and lands signed in on the portal. */
export default function AcceptInviteForm({ link }: { link: EmailedLink }) {
  const t = useTranslations("onboarding.acceptInvite")
  const [state, formAction] = useActionState(acceptInvite, initialState)
  const error =
    state.status !== "error"
      ? null
      : state.field && FIELDS.includes(state.field)
        ? t(`errors.${state.field as "password" | "confirm"}`)
        : state.reason === "tooMany"
          ? (state.message ?? t("errors.tooMany"))
          : t(`errors.${state.reason === "expired" ? "expired" : "failed"}`)
  return (
    <form
      action={formAction}
      className="space-y-4"
      data-testid="accept-invite-form"
    >
      <NewPasswordFields
        link={link}
        label={t("password")}
        inputClass={inputClass}
        testId="accept-invite-password"
      />
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
