import type { Locale } from "@/i18n/routing"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { signOutOnboarder } from "@/lib/data/onboarding"

const linkClass =
  "flex min-h-12 items-center rounded-xl px-4 text-base font-semibold text-leaf-800 hover:bg-leaf-50"

/** The volunteer's bar: back to their producers, and signing out. */
export default async function OnboardingNav({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "onboarding.nav" })
  return (
    <nav
      aria-label={t("label")}
      className="border-b border-leaf-100 bg-white"
      data-testid="onboarding-nav"
    >
      <div className="mx-auto flex max-w-xl items-center justify-between gap-1 px-2 py-1">
        <Link
          href="/onboarding"
          className={linkClass}
          data-testid="onboarding-nav-producers"
        >
          {t("producers")}
        </Link>
        <form action={signOutOnboarder}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            className={linkClass}
            data-testid="onboarding-sign-out"
          >
            {t("signOut")}
          </button>
        </form>
      </div>
    </nav>
  )
}
