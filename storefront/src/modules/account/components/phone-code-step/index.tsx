"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import type { Locale } from "@/i18n/routing"
import { signUpWithPhone } from "@/lib/data/account/phone-sign-up"
import { MIN_PASSWORD_LENGTH } from "@/lib/data/account/reshape"
import type {
  PhoneCodeSent,
  PhoneCodeState,
  PhoneSignUpField,
  PhoneSignUpState,
} from "@/lib/data/account/types"
import { formatVietnamesePhone } from "@/lib/util/phone"
import FormAlert from "../form-alert"
import { primaryButtonClass, submitKeepingInput } from "../form-submit"
import { fieldClass } from "../sign-in-form"

const initialState: PhoneSignUpState = { status: "idle" }

const FIELDS = [
  {
    name: "code",
    type: "text",
    // Phones offer the code from the Zalo notification right above the keyboard.
    autoComplete: "one-time-code",
    inputMode: "numeric",
    maxLength: 6,
  },
  { name: "name", type: "text", autoComplete: "name" },
  { name: "password", type: "password", autoComplete: "new-password" },
] as const

const secondaryButtonClass =
  "inline-flex min-h-11 items-center px-2 font-semibold text-leaf-700 underline disabled:opacity-60"

/**
 * The code Zalo sent, a name (optional) and a new password; the account opens right after. The
 * code can be sent again, and the number changed, from here.
 */
export default function PhoneCodeStep({
  locale,
  sent,
  resend,
  resending,
  resendState,
  onChangeNumber,
}: {
  locale: Locale
  sent: PhoneCodeSent
  resend: (formData: FormData) => void
  resending: boolean
  resendState: PhoneCodeState
  onChangeNumber: () => void
}) {
  const t = useTranslations("account.phoneSignUp")
  const tSignUp = useTranslations("account.signUp")
  const tErrors = useTranslations("account.errors")
  const [state, formAction, pending] = useActionState(
    signUpWithPhone,
    initialState
  )
  const [resent, setResent] = useState(false)
  const failed = state.status === "error" ? state : null
  const problem = (name: PhoneSignUpField) => failed?.fieldErrors?.[name]
  const phoneProblem = problem("phone")
  const resendProblem = resendState.problem
  const phone = formatVietnamesePhone(sent.phone) ?? sent.phone
  return (
    <div className="space-y-4" data-testid="phone-code-step">
      <div className="space-y-1">
        <p className="text-base text-stone-700" data-testid="phone-code-sent">
          {t("codeSent", { phone })}
        </p>
        {phoneProblem ? (
          <p
            data-testid="phone-sign-up-error-phone"
            className="text-sm text-berry-700"
          >
            {tErrors(phoneProblem)}
          </p>
        ) : null}
        <button
          type="button"
          onClick={onChangeNumber}
          data-testid="phone-change-number"
          className={secondaryButtonClass}
        >
          {t("changeNumber")}
        </button>
      </div>
      <form
        noValidate
        className="space-y-4"
        data-testid="phone-sign-up-finish"
        onSubmit={submitKeepingInput(formAction)}
      >
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="phone" value={sent.phone} />
        <input type="hidden" name="challenge" value={sent.challenge} />
        {FIELDS.map((field) => {
          const error = problem(field.name)
          return (
            <label key={field.name} className="block space-y-1">
              <span className="text-base font-medium">
                {field.name === "code" ? t("code") : tSignUp(field.name)}
              </span>
              <input
                {...field}
                data-testid={`phone-sign-up-${field.name}`}
                aria-invalid={!!error}
                aria-describedby={error ? `${field.name}-error` : undefined}
                className={fieldClass}
              />
              {field.name === "password" && !error ? (
                <span className="block text-sm text-stone-600">
                  {tSignUp("passwordHint", { min: MIN_PASSWORD_LENGTH })}
                </span>
              ) : null}
              {error ? (
                <span
                  id={`${field.name}-error`}
                  data-testid={`phone-sign-up-error-${field.name}`}
                  className="block text-sm text-berry-700"
                >
                  {tErrors(error, { min: MIN_PASSWORD_LENGTH })}
                </span>
              ) : null}
            </label>
          )
        })}
        {failed?.formError ? (
          <FormAlert testId="phone-sign-up-error">
            {failed.message ?? tErrors(failed.formError)}
          </FormAlert>
        ) : null}
        <button
          type="submit"
          disabled={pending}
          data-testid="phone-sign-up-submit"
          className={primaryButtonClass}
        >
          {pending ? tSignUp("pending") : tSignUp("submit")}
        </button>
      </form>
      <form
        className="space-y-2"
        data-testid="phone-resend"
        onSubmit={submitKeepingInput((formData) => {
          setResent(true)
          resend(formData)
        })}
      >
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="phone" value={sent.phone} />
        <p className="text-base text-stone-700">
          {t("noCode")}{" "}
          <button
            type="submit"
            disabled={resending}
            data-testid="phone-resend-code"
            className={secondaryButtonClass}
          >
            {resending ? t("sending") : t("resend")}
          </button>
        </p>
        {resendProblem ? (
          <FormAlert testId="phone-resend-error">
            {resendState.message ?? tErrors(resendProblem)}
          </FormAlert>
        ) : resent && !resending ? (
          <p role="status" className="text-base text-leaf-800">
            {t("resent")}
          </p>
        ) : null}
      </form>
    </div>
  )
}
