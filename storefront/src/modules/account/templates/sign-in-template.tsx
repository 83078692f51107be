import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { zaloOffered } from "@/lib/data/account/channels"
import { signIn } from "@/lib/data/shared/sign-in"
import SignInForm from "../components/sign-in-form"

const linkClass =
  "inline-flex min-h-11 items-center font-semibold text-leaf-700 underline"

/** The shopper's sign-in, with the way to an account for a first-time shopper. */
export default async function AccountSignInTemplate({
  locale,
}: {
  locale: Locale
}) {
  const [t, phoneAccepted] = await Promise.all([
    getTranslations({ locale, namespace: "account.signIn" }),
    zaloOffered(),
  ])
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-leaf-800">{t("title")}</h1>
        <p className="text-base text-stone-700">{t("intro")}</p>
      </header>
      <SignInForm
        action={signIn.bind(null, "customer")}
        locale={locale}
        phoneAccepted={phoneAccepted}
      />
      <p className="text-base text-stone-700">
        {t("noAccount")}{" "}
        <Link
          href="/account/sign-up"
          data-testid="account-to-sign-up"
          className={linkClass}
        >
          {t("toSignUp")}
        </Link>
      </p>
    </div>
  )
}
