import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"

export default async function Pagination({
  locale,
  page,
  pageCount,
  pathname,
  query = {},
}: {
  locale: Locale
  page: number
  pageCount: number
  pathname: "/products" | "/products/in-season" | "/producers"
  query?: Record<string, string>
}) {
  if (pageCount <= 1) return null
  const t = await getTranslations({ locale, namespace: "common.pagination" })
  const hrefFor = (target: number) => ({
    pathname,
    query: target > 1 ? { ...query, page: String(target) } : query,
  })
  const linkClass =
    "rounded-full border border-leaf-200 bg-white px-4 py-2 text-sm font-medium text-leaf-800 hover:bg-leaf-50"
  return (
    <nav
      aria-label={t("label")}
      data-testid="pagination"
      className="mt-8 flex items-center justify-between gap-2"
    >
      {page > 1 ? (
        <Link
          href={hrefFor(page - 1)}
          rel="prev"
          data-testid="pagination-prev"
          className={linkClass}
        >
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-600">
        {t("page", { page, pageCount })}
      </span>
      {page < pageCount ? (
        <Link
          href={hrefFor(page + 1)}
          rel="next"
          data-testid="pagination-next"
          className={linkClass}
        >
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
