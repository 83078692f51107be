import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { searchQuery, type SearchParams } from "@/lib/data/search/params"
import { searchPath } from "@/lib/util/in-season"

export default async function SearchPagination({
  locale,
  state,
  inSeason,
  pageCount,
}: {
  locale: Locale
  state: SearchParams
  inSeason: boolean
  pageCount: number
}) {
  if (pageCount <= 1) return null
  const t = await getTranslations({ locale, namespace: "common.pagination" })
  const linkClass =
    "rounded-full border border-leaf-200 bg-white px-4 py-2 text-sm font-medium text-leaf-800 hover:bg-leaf-50"
  const href = (page: number) => ({
    pathname: searchPath(inSeason),
    query: searchQuery(state, { page }),
  })
  return (
    <nav
      aria-label={t("label")}
      data-testid="search-pagination"
      className="mt-8 flex items-center justify-between gap-2"
    >
      {state.page > 1 ? (
        <Link href={href(state.page - 1)} rel="prev" className={linkClass}>
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-600">
        {t("page", { page: state.page, pageCount })}
      </span>
      {state.page < pageCount ? (
        <Link
          href={href(state.page + 1)}
          rel="next"
          data-testid="search-pagination-next"
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
