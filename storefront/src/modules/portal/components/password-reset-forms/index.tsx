"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@/i18n/routing"
import { requestPasswordReset, resetPassword } from "@/lib/data/portal/session"
import type { PortalFormState } from "@/lib/data/portal/types"
import FormStatus from "@/modules/common/components/form-status"
import NewPasswordFields, {
  type EmailedLink,
} from "@/modules/common/components/new-password-fields"
import SubmitButton from "@/modules/common/components/submit-button"

const initialState: PortalFormState = { status: "idle" }
const field =
  "min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-lg"

/** Step 1: the member asks for a reset link by email. */
export function RequestResetForm({ locale }: { locale: Locale }) {
  const t = useTranslations("portal")
  const [state, formAction] = useActionState(requestPasswordReset, initialState)
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("signIn.email")}</span>
        <input name="email" type="email" required className={field} />
      </label>
      <FormStatus area="portal" state={state} savedMessage={t("reset.sent")} />
      <SubmitButton label={t("reset.send")} testId="portal-reset-request" />
    </form>
  )
}

/** Step 2: with the emailed token, the member chooses a new password. */
export function NewPasswordForm({ link }: { link: EmailedLink }) {
  const t = useTranslations("portal.reset")
  const [state, formAction] = useActionState(resetPassword, initialState)
  return (
    <form action={formAction} className="space-y-4">
      <NewPasswordFields link={link} label={t("password")} inputClass={field} />
      <FormStatus area="portal" state={state} />
      <SubmitButton label={t("save")} testId="portal-reset-save" />
    </form>
  )
}
