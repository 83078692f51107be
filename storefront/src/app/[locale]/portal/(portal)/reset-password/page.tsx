import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { NewPasswordForm } from "@/modules/portal/components/password-reset-forms"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string; email?: string }>
}

/** Opened from the reset email: `?token=…&email=…`. */
export default async function PortalResetPasswordPage({
  params,
  searchParams,
}: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const { token, email } = await searchParams
  if (!token || !email) notFound()
  const t = await getTranslations({ locale, namespace: "portal.reset" })
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold text-leaf-800">{t("title")}</h1>
      <NewPasswordForm link={{ locale, token, email }} />
    </div>
  )
}
