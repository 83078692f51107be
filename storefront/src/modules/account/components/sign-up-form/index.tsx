"use client"

import { useTranslations } from "next-intl"
import { startTransition, useActionState } from "react"
import type { Locale } from "@/i18n/routing"
import { signUp } from "@/lib/data/account/account"
import { MIN_PASSWORD_LENGTH } from "@/lib/data/account/reshape"
import type { SignUpField, SignUpState } from "@/lib/data/account/types"
import FormAlert from "../form-alert"
import { fieldClass } from "../sign-in-form"

const initialState: SignUpState = { status: "idle" }

const FIELDS = [
  { name: "name", type: "text", autoComplete: "name" },
  { name: "email", type: "email", autoComplete: "email" },
  { name: "password", type: "password", autoComplete: "new-password" },
] as const

/** Name (optional), email and a new password; the account opens right after. */
export default function SignUpForm({ locale }: { locale: Locale }) {
  const t = useTranslations("account.signUp")
  const tErrors = useTranslations("account.errors")
  const [state, formAction, pending] = useActionState(signUp, initialState)
  const failed = state.status === "error" ? state : null
  const problem = (name: SignUpField) => failed?.fieldErrors?.[name]
  return (
    <form
      noValidate
      className="space-y-4"
      data-testid="account-sign-up"
      // Submitting by hand keeps what the shopper typed: React resets a form after an action.
      onSubmit={(event) => {
        event.preventDefault()
        const formData = new FormData(event.currentTarget)
        startTransition(() => formAction(formData))
      }}
    >
      <input type="hidden" name="locale" value={locale} />
      {FIELDS.map((field) => {
        const error = problem(field.name)
        return (
          <label key={field.name} className="block space-y-1">
            <span className="text-base font-medium">{t(field.name)}</span>
            <input
              {...field}
              defaultValue={
                field.name === "password"
                  ? undefined
                  : failed?.values[field.name]
              }
              data-testid={`account-${field.name}`}
              aria-invalid={!!error}
              aria-describedby={error ? `${field.name}-error` : undefined}
              className={fieldClass}
            />
            {field.name === "password" && !error ? (
              <span className="block text-sm text-stone-600">
                {t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
              </span>
            ) : null}
            {error ? (
              <span
                id={`${field.name}-error`}
                data-testid={`account-error-${field.name}`}
                className="block text-sm text-berry-700"
              >
                {tErrors(error, { min: MIN_PASSWORD_LENGTH })}
              </span>
            ) : null}
          </label>
        )
      })}
      {failed?.formError ? (
        <FormAlert testId="account-sign-up-error">
          {failed.message ?? tErrors(failed.formError)}
        </FormAlert>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        data-testid="account-sign-up-submit"
        className="min-h-12 w-full rounded-xl bg-leaf-700 px-4 py-3 text-lg font-semibold text-white hover:bg-leaf-800 disabled:opacity-60"
      >
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  )
}
