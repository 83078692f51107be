import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { signOutProducer } from "@/lib/data/portal"
import type { PortalMe } from "@/lib/data/portal-types"
import type { Locale } from "@/i18n/routing"

const linkClass =
  "flex min-h-12 items-center rounded-xl px-4 text-base font-semibold text-leaf-800 hover:bg-leaf-50"

/** The portal's own bar: who is signed in, the places to go, and signing out. */
export default async function PortalNav({
  me,
  locale,
}: {
  me: PortalMe
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "portal.nav" })
  return (
    <nav
      aria-label={t("label")}
      className="border-b border-leaf-100 bg-white"
      data-testid="portal-nav"
    >
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-1 px-2 py-1">
        <span
          className="w-full px-4 pt-2 text-sm text-stone-600"
          data-testid="portal-producer-name"
        >
          {me.producer.name}
        </span>
        <Link
          href="/portal"
          className={linkClass}
          data-testid="portal-nav-dashboard"
        >
          {t("dashboard")}
        </Link>
        <Link
          href="/portal/products"
          className={linkClass}
          data-testid="portal-nav-products"
        >
          {t("products")}
        </Link>
        <Link
          href="/portal/orders"
          className={linkClass}
          data-testid="portal-nav-orders"
        >
          {t("orders")}
        </Link>
        <Link
          href="/portal/stats"
          className={linkClass}
          data-testid="portal-nav-stats"
        >
          {t("stats")}
        </Link>
        <form action={signOutProducer} className="ml-auto">
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            className="min-h-12 rounded-xl px-4 text-base text-stone-600 hover:bg-stone-100"
            data-testid="portal-sign-out"
          >
            {t("signOut")}
          </button>
        </form>
      </div>
    </nav>
  )
}
