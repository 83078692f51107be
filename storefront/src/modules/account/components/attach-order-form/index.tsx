"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Locale } from "@/i18n/routing"
import { attachGuestOrder } from "@/lib/data/account/transfer"
import type { AttachOrderState } from "@/lib/data/account/types"
import SubmitButton from "@/modules/common/components/submit-button"
import FormAlert from "../form-alert"
import { fieldClass } from "../sign-in-form"

const initialState: AttachOrderState = { status: "idle" }

/**
 * An order placed before signing in, brought into the account: its number and the email or
 * phone it was placed with; the order's email then gets a link to confirm.
 */
export default function AttachOrderForm({ locale }: { locale: Locale }) {
  const t = useTranslations("account.attach")
  const [state, formAction] = useActionState(attachGuestOrder, initialState)
  return (
    <form
      action={formAction}
      className="space-y-4"
      data-testid="account-attach-order"
    >
      <input type="hidden" name="locale" value={locale} />
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("number")}</span>
        <input
          name="number"
          inputMode="numeric"
          required
          data-testid="account-attach-number"
          className={fieldClass}
        />
      </label>
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("contact")}</span>
        <input
          name="contact"
          autoComplete="email"
          required
          data-testid="account-attach-contact"
          className={fieldClass}
        />
      </label>
      {state.status === "requested" ? (
        <p
          role="status"
          data-testid="account-attach-requested"
          className="rounded-lg bg-leaf-50 p-3 text-base text-leaf-800"
        >
          {t("requested", { number: state.displayId })}
        </p>
      ) : null}
      {state.status === "error" ? (
        <FormAlert testId="account-attach-error">
          {state.message ?? t(`errors.${state.reason}`)}
        </FormAlert>
      ) : null}
      <SubmitButton label={t("submit")} testId="account-attach-submit" />
    </form>
  )
}
