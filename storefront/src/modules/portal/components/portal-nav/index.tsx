import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { PortalMe } from "@/lib/data/portal/types"
import AreaNav from "@/modules/common/components/area-nav"

const PLACES = [
  { key: "dashboard", href: "/portal" },
  { key: "products", href: "/portal/products" },
  { key: "orders", href: "/portal/orders" },
  { key: "stats", href: "/portal/stats" },
  { key: "settings", href: "/portal/settings" },
] as const

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
    <AreaNav
      actor="producer"
      locale={locale}
      label={t("label")}
      links={PLACES.map((place) => ({ ...place, label: t(place.key) }))}
      signOutLabel={t("signOut")}
      lead={
        <span
          className="w-full px-4 pt-2 text-sm text-stone-600"
          data-testid="portal-producer-name"
        >
          {me.producer.name}
        </span>
      }
    />
  )
}
