"use client"

import type { Locale } from "@/i18n/routing"
import { useFormatter, useTranslations } from "next-intl"
import { useActionState } from "react"
import { createInvite } from "@/lib/data/onboarding/products"
import type { OnboardingFormState } from "@/lib/data/onboarding/types"
import FormStatus, {
  invalidProps,
} from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"
import { inputClass, labelClass, labelTextClass } from "../styles"

const initialState: OnboardingFormState = { status: "idle" }

/** Step 7: a single-use invite, shown as a link to send and a QR code to scan on the spot. */
export default function InviteForm({
  producerId,
  locale,
}: {
  producerId: string
  locale: Locale
}) {
  const t = useTranslations("onboarding.invite")
  const format = useFormatter()
  const [state, formAction] = useActionState(createInvite, initialState)
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-3" data-testid="invite-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="producerId" value={producerId} />
        <label className={labelClass}>
          <span className={labelTextClass}>{t("email")}</span>
          <input
            name="email"
            type="email"
            inputMode="email"
            required
            className={inputClass}
            data-testid="invite-email"
            {...invalidProps(state, "email")}
          />
        </label>
        <FormStatus area="onboarding" state={state} />
        <SubmitButton label={t("create")} testId="invite-submit" />
      </form>
      {state.status === "invite" && (
        <section
          className="space-y-3 rounded-xl border border-leaf-100 bg-leaf-50 p-3"
          data-testid="invite-result"
        >
          <h2 className="text-lg font-semibold text-leaf-800">{t("link")}</h2>
          <a
            href={state.invite.url}
            className="block break-all text-base text-leaf-700 underline"
            data-testid="invite-url"
          >
            {state.invite.url}
          </a>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn on the server */}
          <img
            src={state.invite.qrDataUrl}
            alt={t("qrAlt")}
            width={280}
            height={280}
            className="mx-auto rounded-lg bg-white p-2"
            data-testid="invite-qr"
          />
          <p className="text-base text-stone-700">{t("scan")}</p>
          <p className="text-sm text-stone-600">
            {t("expires", {
              date: format.dateTime(new Date(state.invite.expires_at), {
                dateStyle: "medium",
                timeStyle: "short",
              }),
            })}
          </p>
        </section>
      )}
    </div>
  )
}
