import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { RequestResetForm } from "@/modules/portal/components/password-reset-forms"

type Props = { params: Promise<{ locale: string }> }

export default async function PortalForgotPasswordPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "portal.reset" })
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold text-leaf-800">{t("requestTitle")}</h1>
      <p className="text-base text-stone-700">{t("requestIntro")}</p>
      <RequestResetForm locale={locale} />
    </div>
  )
}
