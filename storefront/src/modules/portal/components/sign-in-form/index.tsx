"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { signInProducer } from "@/lib/data/portal"
import type { PortalFormState } from "@/lib/data/portal-types"
import FormStatus from "../form-status"
import SubmitButton from "@/modules/common/components/submit-button"
import type { Locale } from "@/i18n/routing"

const initialState: PortalFormState = { status: "idle" }

export default function SignInForm({ locale }: { locale: Locale }) {
  const t = useTranslations("portal.signIn")
  const [state, formAction] = useActionState(signInProducer, initialState)
  return (
    <form
      action={formAction}
      className="space-y-4"
      data-testid="portal-sign-in"
    >
      <input type="hidden" name="locale" value={locale} />
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("email")}</span>
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          data-testid="portal-email"
          className="min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-lg"
        />
      </label>
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("password")}</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          data-testid="portal-password"
          className="min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-lg"
        />
      </label>
      <FormStatus state={state} />
      <SubmitButton label={t("submit")} testId="portal-sign-in-submit" />
    </form>
  )
}
