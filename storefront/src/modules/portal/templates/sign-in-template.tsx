import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import SignInForm from "../components/sign-in-form"
import type { Locale } from "@/i18n/routing"

export default async function SignInTemplate({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "portal.signIn" })
  const tReset = await getTranslations({ locale, namespace: "portal.reset" })
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-leaf-800">{t("title")}</h1>
        <p className="text-base text-stone-700">{t("intro")}</p>
      </header>
      <SignInForm locale={locale} />
      <Link
        href="/portal/forgot-password"
        className="block min-h-12 py-3 text-base text-leaf-700 underline"
        data-testid="portal-forgot-password"
      >
        {tReset("forgot")}
      </Link>
      <p className="text-sm text-stone-600">{t("help")}</p>
    </div>
  )
}
