import type { Locale } from "@/i18n/routing"
import { getTranslations } from "next-intl/server"
import OnboarderSignInForm from "../components/sign-in-form"

export default async function OnboardingSignInTemplate({
  locale,
}: {
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "onboarding.signIn" })
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-leaf-800">{t("title")}</h1>
        <p className="text-base text-stone-700">{t("intro")}</p>
      </header>
      <OnboarderSignInForm locale={locale} />
    </div>
  )
}
