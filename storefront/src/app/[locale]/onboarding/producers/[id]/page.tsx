import { notFound, redirect } from "next/navigation"
import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { getMyProducer } from "@/lib/data/onboarding/producers"
import { firstIncompleteStep } from "@/lib/util/onboarding-steps"

type Props = { params: Promise<{ locale: string; id: string }> }

/** Reopening a producer resumes at the first step the server does not have yet. */
export default async function ResumeProducerPage({ params }: Props) {
  const { locale, id } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const producer = await getMyProducer(id, locale)
  if (!producer) notFound()
  redirect(
    `/${locale}/onboarding/producers/${encodeURIComponent(id)}/${firstIncompleteStep(producer)}`
  )
}
