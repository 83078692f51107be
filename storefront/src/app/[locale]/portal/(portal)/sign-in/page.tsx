import { notFound } from "next/navigation"
import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import SignInTemplate from "@/modules/common/templates/sign-in-template"
import SignInHelp from "@/modules/portal/components/sign-in-help"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const t = await getTranslations({ locale, namespace: "portal.signIn" })
  return { title: t("title") }
}

export default async function PortalSignInPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return (
    <SignInTemplate area="portal" locale={locale}>
      <SignInHelp locale={locale} />
    </SignInTemplate>
  )
}
