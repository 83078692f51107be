import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import AreaNav from "@/modules/common/components/area-nav"

/** The volunteer's bar: back to their producers, and signing out. */
export default async function OnboardingNav({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "onboarding.nav" })
  return (
    <AreaNav
      actor="onboarder"
      locale={locale}
      label={t("label")}
      links={[{ key: "producers", href: "/onboarding", label: t("producers") }]}
      signOutLabel={t("signOut")}
    />
  )
}
