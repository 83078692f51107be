import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import type { Locale } from "@/i18n/routing"
import { signIn } from "@/lib/data/shared/sign-in"
import SignInForm, {
  type SignInArea,
} from "@/modules/common/components/sign-in-form"

/** The sign-in page of a private area; `children` follow the form (help, reset link). */
export default async function SignInTemplate({
  area,
  locale,
  children,
}: {
  area: SignInArea
  locale: Locale
  children?: ReactNode
}) {
  const t = await getTranslations({ locale })
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-leaf-800">
          {t(`${area}.signIn.title`)}
        </h1>
        <p className="text-base text-stone-700">{t(`${area}.signIn.intro`)}</p>
      </header>
      <SignInForm
        area={area}
        action={signIn.bind(null, area === "portal" ? "producer" : "onboarder")}
        locale={locale}
      />
      {children}
    </div>
  )
}
