import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { PortalProduct } from "@/lib/data/portal/types"
import PortalProductCard from "../components/portal-product-card"
import type { Locale } from "@/i18n/routing"

export default async function ProductsTemplate({
  products,
  locale,
}: {
  products: PortalProduct[]
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "portal.products" })
  // Archived products go last: members look for what is on sale first.
  const ordered = [...products].sort(
    (a, b) => Number(a.archived) - Number(b.archived)
  )
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-leaf-800">{t("title")}</h1>
      <Link
        href="/portal/products/new"
        className="flex min-h-12 items-center justify-center rounded-xl bg-leaf-700 px-4 text-lg font-semibold text-white"
        data-testid="portal-new-product"
      >
        {t("add")}
      </Link>
      {ordered.length ? (
        <ul className="space-y-3" data-testid="portal-product-list">
          {ordered.map((product) => (
            <li key={product.id}>
              <PortalProductCard product={product} locale={locale} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-base text-stone-600">{t("empty")}</p>
      )}
    </div>
  )
}
