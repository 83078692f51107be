import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"

export default async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "notFound" })
  return (
    <section
      data-testid="not-found"
      className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-20 text-center"
    >
      <p aria-hidden="true" className="text-6xl font-bold text-leaf-200">
        404
      </p>
      <h1 className="text-2xl font-semibold text-leaf-800">{t("title")}</h1>
      <p className="text-stone-600">{t("text")}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <Link
          href="/"
          className="rounded-full bg-leaf-600 px-5 py-2.5 font-medium text-white hover:bg-leaf-700"
        >
          {t("backHome")}
        </Link>
        <Link
          href="/products"
          className="rounded-full border border-leaf-300 px-5 py-2.5 font-medium text-leaf-800 hover:bg-leaf-50"
        >
          {t("browse")}
        </Link>
      </div>
    </section>
  )
}
