"use client"

import type { Locale } from "@/i18n/routing"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { signInOnboarder } from "@/lib/data/onboarding"
import type { OnboardingFormState } from "@/lib/data/onboarding-types"
import FormStatus from "../form-status"
import SubmitButton from "@/modules/common/components/submit-button"
import { inputClass, labelClass, labelTextClass } from "../styles"

const initialState: OnboardingFormState = { status: "idle" }

export default function OnboarderSignInForm({ locale }: { locale: Locale }) {
  const t = useTranslations("onboarding.signIn")
  const [state, formAction] = useActionState(signInOnboarder, initialState)
  return (
    <form
      action={formAction}
      className="space-y-4"
      data-testid="onboarding-sign-in"
    >
      <input type="hidden" name="locale" value={locale} />
      <label className={labelClass}>
        <span className={labelTextClass}>{t("email")}</span>
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          data-testid="onboarding-email"
          className={inputClass}
        />
      </label>
      <label className={labelClass}>
        <span className={labelTextClass}>{t("password")}</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          data-testid="onboarding-password"
          className={inputClass}
        />
      </label>
      <FormStatus state={state} />
      <SubmitButton label={t("submit")} testId="onboarding-sign-in-submit" />
    </form>
  )
}
