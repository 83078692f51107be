import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"

export default async function Footer({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common" })
  return (
    <footer className="mt-16 border-t border-leaf-100 bg-leaf-900 text-leaf-100">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-10 text-sm sm:grid-cols-3">
        <div>
          <p className="text-base font-semibold text-white">{t("brand")}</p>
          <p className="mt-1 italic text-leaf-200">{t("tagline")}</p>
        </div>
        <p>{t("footer.about")}</p>
        <div className="space-y-2">
          <p>{t("footer.support")}</p>
          <p>{t("footer.payments")}</p>
        </div>
      </div>
    </footer>
  )
}
