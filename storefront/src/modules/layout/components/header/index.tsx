import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import HeaderBar from "../header-bar"

/** The site's header: one line at any width, the sections behind a menu button on phones. */
export default async function Header({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common" })
  const tPortal = await getTranslations({ locale, namespace: "portal" })
  const s = await getTranslations({ locale, namespace: "search" })
  return (
    <header className="sticky top-0 z-20 border-b border-leaf-100 bg-white/95 backdrop-blur">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <HeaderBar
        locale={locale}
        labels={{
          brand: t("brand"),
          brandShort: t("brandShort"),
          sections: {
            products: t("nav.products"),
            producers: t("nav.producers"),
            portal: tPortal("headerLink"),
          },
          account: {
            signIn: t("nav.signIn"),
            account: t("nav.account"),
          },
          sectionsLabel: t("nav.label"),
          cart: t("nav.cart"),
          languageSwitch: t("languageSwitch"),
          languages: { vi: t("languages.vi"), en: t("languages.en") },
          openMenu: t("menu.open"),
          closeMenu: t("menu.close"),
          openSearch: s("open"),
          closeSearch: s("close"),
          search: {
            label: s("label"),
            placeholder: s("placeholder"),
            submit: s("submit"),
            noSuggestions: s("noSuggestions"),
            seeAll: s.raw("seeAll") as string,
            unavailable: s("unavailableShort"),
          },
        }}
      />
    </header>
  )
}
