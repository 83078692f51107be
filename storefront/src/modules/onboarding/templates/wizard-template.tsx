import type { Locale } from "@/i18n/routing"
import type { OnboardingProducer } from "@/lib/data/onboarding/types"
import type { WizardStep } from "@/lib/util/onboarding-steps"
import BasicsForm from "../components/basics-form"
import OnboardingNav from "../components/onboarding-nav"
import StepHeader from "../components/step-header"
import StepContent from "./step-content"

/** One wizard screen: the volunteer's bar, where they are, and the step's form. */
export default function WizardTemplate({
  step,
  producer,
  locale,
}: {
  step: WizardStep
  producer: OnboardingProducer | null
  locale: Locale
}) {
  return (
    <div data-testid="onboarding-wizard">
      <OnboardingNav locale={locale} />
      <div className="mx-auto max-w-xl space-y-6 px-4 py-6">
        <StepHeader
          step={step}
          producerId={producer?.id ?? null}
          producerName={producer?.name ?? null}
          locale={locale}
        />
        {step === "basics" || !producer ? (
          <BasicsForm producer={producer} locale={locale} />
        ) : (
          <StepContent step={step} producer={producer} locale={locale} />
        )}
      </div>
    </div>
  )
}
