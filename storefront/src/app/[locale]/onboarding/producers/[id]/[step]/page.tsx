import { notFound, redirect } from "next/navigation"
import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { routing } from "@/i18n/routing"
import { getMyProducer } from "@/lib/data/onboarding/producers"
import { isWizardStep } from "@/lib/util/onboarding-steps"
import WizardTemplate from "@/modules/onboarding/templates/wizard-template"

type Props = { params: Promise<{ locale: string; id: string; step: string }> }

export default async function WizardStepPage({ params }: Props) {
  const { locale, id, step } = await params
  if (!hasLocale(routing.locales, locale) || !isWizardStep(step)) notFound()
  setRequestLocale(locale)
  const producer = await getMyProducer(id, locale)
  if (!producer) notFound()
  // Once verified, the producer's members and the officers own the data; invites still work.
  if (
    (producer.status === "verified" || producer.status === "suspended") &&
    step !== "invite"
  ) {
    redirect(`/${locale}/onboarding/producers/${encodeURIComponent(id)}/invite`)
  }
  return <WizardTemplate step={step} producer={producer} locale={locale} />
}
