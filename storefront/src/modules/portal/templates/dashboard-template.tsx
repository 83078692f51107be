import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { readyToShip } from "@/lib/data/portal/shipping"
import type {
  PortalMe,
  PortalOrder,
  PortalProduct,
  PortalStats,
} from "@/lib/data/portal/types"
import type { Locale } from "@/i18n/routing"

/** A variant with this many units or fewer is flagged on the dashboard. */
const LOW_STOCK = 5

export default async function DashboardTemplate({
  me,
  products,
  orders,
  stats,
  locale,
}: {
  me: PortalMe
  products: PortalProduct[]
  orders: PortalOrder[]
  stats: PortalStats
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "portal.dashboard" })
  const active = products.filter((product) => !product.archived)
  const visible = active.filter((product) => product.visible_to_shoppers)
  const lowStock = active.flatMap((product) =>
    product.variants
      .filter((variant) => variant.stock !== null && variant.stock <= LOW_STOCK)
      .map((variant) => ({ product, variant }))
  )
  const today = new Date().toLocaleDateString("en-CA", {
    timeZone: "Asia/Ho_Chi_Minh",
  })
  const ordersToday = orders.filter(
    (order) =>
      new Date(order.created_at).toLocaleDateString("en-CA", {
        timeZone: "Asia/Ho_Chi_Minh",
      }) === today
  )
  // Only paid orders: one still awaiting its transfer is not the member's to send yet.
  const toShip = orders.filter(readyToShip)
  return (
    <div className="space-y-6">
      <h1
        className="text-2xl font-bold text-leaf-800"
        data-testid="portal-greeting"
      >
        {t("greeting", { name: me.member.name ?? me.member.email })}
      </h1>
      {me.producer.status !== "verified" && (
        <p className="rounded-xl bg-gold-400/20 p-3 text-base text-earth-800">
          {t("notVerified")}
        </p>
      )}
      <dl className="grid grid-cols-2 gap-3">
        <div className="rounded-2xl bg-white p-4">
          <dt className="text-sm text-stone-600">{t("ordersToday")}</dt>
          <dd className="text-3xl font-bold" data-testid="portal-orders-today">
            {ordersToday.length}
          </dd>
        </div>
        <div className="rounded-2xl bg-white p-4">
          <dt className="text-sm text-stone-600">{t("ordersToShip")}</dt>
          <dd className="text-3xl font-bold text-berry-600">
            <Link href="/portal/orders" className="block min-h-12 underline">
              {toShip.length}
            </Link>
          </dd>
        </div>
        <div className="rounded-2xl bg-white p-4">
          <dt className="text-sm text-stone-600">{t("productCount")}</dt>
          <dd className="text-3xl font-bold">{active.length}</dd>
        </div>
        <div className="rounded-2xl bg-white p-4">
          <dt className="text-sm text-stone-600">{t("visibleCount")}</dt>
          <dd className="text-3xl font-bold">{visible.length}</dd>
        </div>
        <div className="col-span-2 rounded-2xl bg-white p-4">
          <dt className="text-sm text-stone-600">{t("clicksOut")}</dt>
          <dd className="text-3xl font-bold">
            <Link
              href="/portal/stats"
              className="block min-h-12 underline"
              data-testid="portal-clicks-out"
            >
              {stats.clicks.voso + stats.clicks.postmart}
            </Link>
          </dd>
        </div>
      </dl>
      <section
        className="space-y-2 rounded-2xl bg-white p-4"
        data-testid="portal-low-stock"
      >
        <h2 className="text-lg font-semibold">{t("lowStock")}</h2>
        {lowStock.length ? (
          <ul className="space-y-1">
            {lowStock.map(({ product, variant }) => (
              <li key={variant.id}>
                <Link
                  href={`/portal/products/${product.id}/variants/${variant.id}`}
                  className="block min-h-12 py-3 text-base text-berry-600 underline"
                >
                  {t("lowStockItem", {
                    product: product.title,
                    variant: variant.title,
                    count: variant.stock ?? 0,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-base text-stone-600">{t("noLowStock")}</p>
        )}
      </section>
      <Link
        href="/portal/products"
        className="flex min-h-12 items-center justify-center rounded-xl bg-leaf-700 px-4 text-lg font-semibold text-white"
      >
        {t("manageProducts")}
      </Link>
    </div>
  )
}
