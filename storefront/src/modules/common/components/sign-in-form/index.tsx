"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@/i18n/routing"
import type { SignInState } from "@/lib/data/shared/form-state"
import FormStatus from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"

export type SignInArea = "portal" | "onboarding"

const initialState: SignInState = { status: "idle" }

const FIELDS = [
  { name: "email", type: "email", autoComplete: "username" },
  { name: "password", type: "password", autoComplete: "current-password" },
] as const

/** Email and password for an area's own sign-in action; test ids carry the area's name. */
export default function SignInForm({
  area,
  action,
  locale,
}: {
  area: SignInArea
  action: (state: SignInState, formData: FormData) => Promise<SignInState>
  locale: Locale
}) {
  const t = useTranslations()
  const [state, formAction] = useActionState(action, initialState)
  return (
    <form
      action={formAction}
      className="space-y-4"
      data-testid={`${area}-sign-in`}
    >
      <input type="hidden" name="locale" value={locale} />
      {FIELDS.map((field) => (
        <label key={field.name} className="block space-y-1">
          <span className="text-base font-medium">
            {t(`${area}.signIn.${field.name}`)}
          </span>
          <input
            {...field}
            required
            data-testid={`${area}-${field.name}`}
            className="min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-lg"
          />
        </label>
      ))}
      <FormStatus area={area} state={state} />
      <SubmitButton
        label={t(`${area}.signIn.submit`)}
        testId={`${area}-sign-in-submit`}
      />
    </form>
  )
}
