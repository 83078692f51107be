import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"

/** Under the portal's sign-in form: the way back in without a password, and how to join. */
export default async function SignInHelp({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "portal" })
  return (
    <>
      <Link
        href="/portal/forgot-password"
        className="block min-h-12 py-3 text-base text-leaf-700 underline"
        data-testid="portal-forgot-password"
      >
        {t("reset.forgot")}
      </Link>
      <p className="text-sm text-stone-600">{t("signIn.help")}</p>
    </>
  )
}
