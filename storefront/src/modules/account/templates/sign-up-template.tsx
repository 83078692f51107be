import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { zaloOffered } from "@/lib/data/account/channels"
import SignUpChoice from "../components/sign-up-choice"
import SignUpForm from "../components/sign-up-form"

/** A new shopper's account: orders in one place and addresses remembered for next time. */
export default async function AccountSignUpTemplate({
  locale,
}: {
  locale: Locale
}) {
  const [t, phoneOffered] = await Promise.all([
    getTranslations({ locale, namespace: "account.signUp" }),
    zaloOffered(),
  ])
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-leaf-800">{t("title")}</h1>
        <p className="text-base text-stone-700">{t("intro")}</p>
      </header>
      {phoneOffered ? (
        <SignUpChoice locale={locale} />
      ) : (
        <SignUpForm locale={locale} />
      )}
      <p className="text-base text-stone-700">
        {t("haveAccount")}{" "}
        <Link
          href="/account/sign-in"
          data-testid="account-to-sign-in"
          className="inline-flex min-h-11 items-center font-semibold text-leaf-700 underline"
        >
          {t("toSignIn")}
        </Link>
      </p>
    </div>
  )
}
