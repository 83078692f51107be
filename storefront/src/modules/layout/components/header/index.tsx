import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import SearchBox from "@/modules/search/components/search-box"
import LanguageSwitch from "../language-switch"

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
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link
          href="/"
          data-testid="nav-home"
          className="flex items-center gap-2 text-leaf-800"
        >
          <span
            aria-hidden="true"
            className="grid size-9 place-items-center rounded-full bg-leaf-600 text-lg text-white"
          >
            ✿
          </span>
          <span className="text-lg font-bold leading-tight">
            <span className="sm:hidden">{t("brandShort")}</span>
            <span className="hidden sm:inline">{t("brand")}</span>
          </span>
        </Link>
        <div className="order-last w-full sm:order-none sm:w-auto">
          <SearchBox
            locale={locale}
            labels={{
              label: s("label"),
              placeholder: s("placeholder"),
              submit: s("submit"),
              noSuggestions: s("noSuggestions"),
              seeAll: s.raw("seeAll") as string,
              unavailable: s("unavailableShort"),
            }}
          />
        </div>
        <div className="flex items-center gap-2">
          <LanguageSwitch
            locale={locale}
            title={t("languageSwitch")}
            labels={{ vi: t("languages.vi"), en: t("languages.en") }}
          />
        </div>
        <nav className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex gap-1 overflow-x-auto text-sm font-medium">
            <li>
              <Link
                href="/products"
                data-testid="nav-products"
                className="block rounded-full px-3 py-2 text-stone-700 hover:bg-leaf-50 hover:text-leaf-800"
              >
                {t("nav.products")}
              </Link>
            </li>
            <li>
              <Link
                href="/producers"
                data-testid="nav-producers"
                className="block rounded-full px-3 py-2 text-stone-700 hover:bg-leaf-50 hover:text-leaf-800"
              >
                {t("nav.producers")}
              </Link>
            </li>
            <li>
              <Link
                href="/cart"
                data-testid="nav-cart"
                className="block rounded-full px-3 py-2 text-stone-700 hover:bg-leaf-50 hover:text-leaf-800"
              >
                {t("nav.cart")}
              </Link>
            </li>
            <li>
              <Link
                href="/portal"
                data-testid="nav-portal"
                className="block whitespace-nowrap rounded-full px-3 py-2 text-stone-500 hover:bg-leaf-50 hover:text-leaf-800"
              >
                {tPortal("headerLink")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
