"use client"

import type { Locale } from "@/i18n/routing"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveBasics } from "@/lib/data/onboarding/producers"
import {
  CONSENT_METHODS,
  PRODUCER_KINDS,
  type OnboardingFormState,
  type OnboardingProducer,
} from "@/lib/data/onboarding/types"
import FormStatus, {
  invalidProps,
} from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"
import { inputClass, labelClass, labelTextClass } from "../styles"

const initialState: OnboardingFormState = { status: "idle" }

/** Step 1: who the producer is, and the record that its representative agreed. */
export default function BasicsForm({
  producer,
  locale,
}: {
  producer: OnboardingProducer | null
  locale: Locale
}) {
  const t = useTranslations("onboarding")
  const [state, formAction] = useActionState(saveBasics, initialState)
  const consent = producer?.consent
  return (
    <form action={formAction} className="space-y-4" data-testid="basics-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="producerId" value={producer?.id ?? ""} />
      <label className={labelClass}>
        <span className={labelTextClass}>{t("basics.name")}</span>
        <input
          name="name"
          required
          defaultValue={producer?.name ?? ""}
          placeholder={t("basics.namePlaceholder")}
          data-testid="basics-name"
          className={inputClass}
          {...invalidProps(state, "name")}
        />
      </label>
      <label className={labelClass}>
        <span className={labelTextClass}>{t("basics.kind")}</span>
        <select
          name="kind"
          required
          defaultValue={producer?.kind ?? "cooperative"}
          data-testid="basics-kind"
          className={inputClass}
        >
          {PRODUCER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`basics.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        <span className={labelTextClass}>{t("basics.phone")}</span>
        <input
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
          defaultValue={producer?.phone ?? ""}
          data-testid="basics-phone"
          className={inputClass}
          {...invalidProps(state, "phone")}
        />
        <span className="text-sm text-stone-600">{t("basics.phoneHint")}</span>
      </label>
      <fieldset className="space-y-3 rounded-xl border border-leaf-100 bg-leaf-50 p-3">
        <legend className="px-1 text-lg font-semibold text-leaf-800">
          {t("basics.consentTitle")}
        </legend>
        <p className="text-base text-stone-700">{t("basics.consentIntro")}</p>
        {consent ? (
          <p
            className="text-base text-leaf-800"
            data-testid="basics-consent-recorded"
          >
            {t("basics.consentRecorded", {
              name: consent.given_by,
              method: t(`basics.methods.${consent.method}`),
            })}
          </p>
        ) : (
          <>
            <label className={labelClass}>
              <span className={labelTextClass}>
                {t("basics.consentGivenBy")}
              </span>
              <input
                name="consent_given_by"
                required
                data-testid="basics-consent-given-by"
                className={inputClass}
                {...invalidProps(state, "consent")}
              />
            </label>
            <div className="space-y-2" role="radiogroup">
              <span className={labelTextClass}>
                {t("basics.consentMethod")}
              </span>
              {CONSENT_METHODS.map((method) => (
                <label
                  key={method}
                  className="flex min-h-12 items-center gap-3 rounded-xl border border-stone-300 bg-white px-3"
                >
                  <input
                    type="radio"
                    name="consent_method"
                    value={method}
                    required
                    className="size-5"
                    data-testid={`basics-consent-${method}`}
                  />
                  <span className="text-base">
                    {t(`basics.methods.${method}`)}
                  </span>
                </label>
              ))}
            </div>
          </>
        )}
      </fieldset>
      <FormStatus area="onboarding" state={state} />
      <SubmitButton label={t("actions.next")} testId="basics-submit" />
    </form>
  )
}
