"use client"

import type { Locale } from "@/i18n/routing"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { submitProducer } from "@/lib/data/onboarding/producers"
import type { OnboardingFormState } from "@/lib/data/onboarding/types"
import FormStatus from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"

const initialState: OnboardingFormState = { status: "idle" }

/** Step 6: sends the producer to the officers; a 400 says what the server still misses. */
export default function SubmitForm({
  producerId,
  ready,
  locale,
}: {
  producerId: string
  ready: boolean
  locale: Locale
}) {
  const t = useTranslations("onboarding.checklist")
  const [state, formAction] = useActionState(submitProducer, initialState)
  return (
    <form action={formAction} className="space-y-3" data-testid="submit-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="producerId" value={producerId} />
      {ready && (
        <p className="text-base text-leaf-800" data-testid="checklist-ready">
          {t("ready")}
        </p>
      )}
      <FormStatus area="onboarding" state={state} />
      <SubmitButton label={t("submit")} testId="onboarding-submit" />
    </form>
  )
}
