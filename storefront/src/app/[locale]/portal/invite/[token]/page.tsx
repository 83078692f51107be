import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import {
  getMessages,
  getTranslations,
  setRequestLocale,
} from "next-intl/server"
import { routing } from "@/i18n/routing"
import { getInvite } from "@/lib/data/portal/invite"
import AcceptInviteTemplate from "@/modules/onboarding/templates/accept-invite-template"

// An invite is read fresh on every open: it may have been used or expired a minute ago.
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: string; token: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const t = await getTranslations({
    locale,
    namespace: "onboarding.acceptInvite",
  })
  return { title: t("title"), robots: { index: false, follow: false } }
}

export default async function AcceptInvitePage({ params }: Props) {
  const { locale, token } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [invite, messages] = await Promise.all([
    getInvite(token),
    getMessages({ locale }),
  ])
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={{ onboarding: messages.onboarding }}
    >
      <AcceptInviteTemplate invite={invite} token={token} locale={locale} />
    </NextIntlClientProvider>
  )
}
