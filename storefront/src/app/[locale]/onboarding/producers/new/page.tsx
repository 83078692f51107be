import { notFound } from "next/navigation"
import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { routing } from "@/i18n/routing"
import { sessions } from "@/lib/data/shared/actor-session"
import { redirect } from "@/i18n/navigation"
import WizardTemplate from "@/modules/onboarding/templates/wizard-template"

type Props = { params: Promise<{ locale: string }> }

/** Step 1 for a producer not saved yet: saving it creates the draft. */
export default async function NewProducerPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  if (!(await sessions.onboarder.get())) {
    redirect({ href: "/onboarding/sign-in", locale })
  }
  return <WizardTemplate step="basics" producer={null} locale={locale} />
}
