"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import type { Locale } from "@/i18n/routing"
import { sendPhoneCode } from "@/lib/data/account/phone-sign-up"
import type { PhoneCodeSent, PhoneCodeState } from "@/lib/data/account/types"
import { formatVietnamesePhone } from "@/lib/util/phone"
import FormAlert from "../form-alert"
import { primaryButtonClass, submitKeepingInput } from "../form-submit"
import PhoneCodeStep from "../phone-code-step"
import { fieldClass } from "../sign-in-form"

const initialState: PhoneCodeState = { sent: null }

/**
 * Sign-up with a phone: the number first, then the code Zalo sent to it with a name and a
 * password. The code step opens once a code is on its way and closes again to change the number.
 */
export default function PhoneSignUpForm({ locale }: { locale: Locale }) {
  const t = useTranslations("account.phoneSignUp")
  const tErrors = useTranslations("account.errors")
  const [codeState, sendCode, sending] = useActionState(
    sendPhoneCode,
    initialState
  )
  // The code put aside by "change the number"; a newly sent one opens the code step again.
  const [putAside, setPutAside] = useState<PhoneCodeSent | null>(null)
  const sent = codeState.sent !== putAside ? codeState.sent : null

  if (sent) {
    return (
      <PhoneCodeStep
        locale={locale}
        sent={sent}
        resend={sendCode}
        resending={sending}
        resendState={codeState}
        onChangeNumber={() => setPutAside(sent)}
      />
    )
  }
  const problem = codeState.problem
  const phoneProblem =
    problem === "required" || problem === "phoneInvalid" ? problem : null
  const formProblem =
    problem === "phoneClosed" ||
    problem === "codeNotSent" ||
    problem === "tooMany"
      ? problem
      : null
  return (
    <form
      noValidate
      className="space-y-4"
      data-testid="phone-sign-up"
      onSubmit={submitKeepingInput(sendCode)}
    >
      <input type="hidden" name="locale" value={locale} />
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("phone")}</span>
        <input
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          defaultValue={formatVietnamesePhone(putAside?.phone) ?? undefined}
          data-testid="phone-sign-up-phone"
          aria-invalid={!!phoneProblem}
          aria-describedby={phoneProblem ? "phone-error" : "phone-hint"}
          className={fieldClass}
        />
        {phoneProblem ? (
          <span
            id="phone-error"
            data-testid="phone-sign-up-error-phone"
            className="block text-sm text-berry-700"
          >
            {tErrors(phoneProblem)}
          </span>
        ) : (
          <span id="phone-hint" className="block text-sm text-stone-600">
            {t("phoneHint")}
          </span>
        )}
      </label>
      {formProblem ? (
        <FormAlert testId="phone-sign-up-send-error">
          {codeState.message ?? tErrors(formProblem)}
        </FormAlert>
      ) : null}
      <button
        type="submit"
        disabled={sending}
        data-testid="phone-sign-up-send-code"
        className={primaryButtonClass}
      >
        {sending ? t("sending") : t("sendCode")}
      </button>
    </form>
  )
}
