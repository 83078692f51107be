import { getTranslations } from "next-intl/server"
import Link from "next/link"
import type { Locale } from "@/i18n/routing"

/**
 * "Page not found" in the page's language; `alternate` adds a line in the other language for
 * pages that cannot know which one the visitor reads. Its links name their locale outright:
 * the whole-page 404 has no request locale to resolve them against.
 */
export default async function NotFoundView({
  locale,
  alternate,
}: {
  locale: Locale
  alternate?: Locale
}) {
  const t = await getTranslations({ locale, namespace: "notFound" })
  const other = alternate
    ? await getTranslations({ locale: alternate, namespace: "notFound" })
    : null
  return (
    <section
      data-testid="not-found"
      className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-20 text-center"
    >
      <p aria-hidden="true" className="text-6xl font-bold text-leaf-500">
        404
      </p>
      <h1 className="text-2xl font-semibold text-leaf-800">{t("title")}</h1>
      <p className="text-stone-600">{t("text")}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <Link
          href={`/${locale}`}
          className="inline-flex min-h-11 items-center rounded-full bg-leaf-600 px-5 font-medium text-white hover:bg-leaf-700"
        >
          {t("backHome")}
        </Link>
        <Link
          href={`/${locale}/products`}
          className="inline-flex min-h-11 items-center rounded-full border border-leaf-300 px-5 font-medium text-leaf-800 hover:bg-leaf-50"
        >
          {t("browse")}
        </Link>
      </div>
      {alternate && other && (
        <p lang={alternate} className="mt-4 border-t border-leaf-100 pt-4">
          <span className="font-semibold text-leaf-800">{other("title")}</span>
          {" · "}
          <Link
            href={`/${alternate}`}
            className="font-medium text-leaf-700 underline"
          >
            {other("backHome")}
          </Link>
        </p>
      )}
    </section>
  )
}
