"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@/i18n/routing"
import type { SignInState } from "@/lib/data/shared/form-state"
import SubmitButton from "@/modules/common/components/submit-button"
import FormAlert from "../form-alert"

const initialState: SignInState = { status: "idle" }

export const fieldClass =
  "min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-lg aria-[invalid=true]:border-berry-600"

/**
 * Email (or, where the market has Zalo, a phone number as typed: the backend reads both) and
 * password; the action signs the shopper in and opens the account.
 */
export default function SignInForm({
  action,
  locale,
  phoneAccepted,
}: {
  action: (state: SignInState, formData: FormData) => Promise<SignInState>
  locale: Locale
  phoneAccepted: boolean
}) {
  const t = useTranslations("account.signIn")
  const [state, formAction] = useActionState(action, initialState)
  const errors = phoneAccepted ? "errorsWithPhone" : "errors"
  return (
    <form
      action={formAction}
      className="space-y-4"
      data-testid="account-sign-in"
    >
      <input type="hidden" name="locale" value={locale} />
      <label className="block space-y-1">
        <span className="text-base font-medium">
          {phoneAccepted ? t("emailOrPhone") : t("email")}
        </span>
        <input
          name="email"
          // A phone number is no email: the browser's own check would refuse it.
          type={phoneAccepted ? "text" : "email"}
          autoComplete="username"
          required
          data-testid="account-email"
          className={fieldClass}
        />
      </label>
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("password")}</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          data-testid="account-password"
          className={fieldClass}
        />
      </label>
      {state.status === "error" ? (
        <FormAlert testId="account-sign-in-error">
          {state.message ?? t(`${errors}.${state.reason}`)}
        </FormAlert>
      ) : null}
      <SubmitButton label={t("submit")} testId="account-sign-in-submit" />
    </form>
  )
}
