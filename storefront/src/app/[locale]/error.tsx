"use client"

import { useTranslations } from "next-intl"
import { useRouter } from "next/navigation"
import { useTransition } from "react"
import { Link } from "@/i18n/navigation"

/**
 * What a shopper sees when a page fails, in their language, under the site header: trying
 * again asks the server for the page afresh, so a passing outage heals with one tap.
 */
export default function LocaleError({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  const t = useTranslations("errors")
  const router = useRouter()
  const [retrying, startRetry] = useTransition()
  return (
    <section
      data-testid="error-page"
      className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-20 text-center"
    >
      <h1 className="text-2xl font-semibold text-leaf-800">{t("title")}</h1>
      <p className="text-stone-600">{t("text")}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <button
          type="button"
          data-testid="error-retry"
          disabled={retrying}
          onClick={() =>
            startRetry(() => {
              router.refresh()
              reset()
            })
          }
          className="inline-flex min-h-11 items-center rounded-full bg-leaf-600 px-5 font-medium text-white hover:bg-leaf-700 disabled:opacity-60"
        >
          {retrying ? t("retrying") : t("retry")}
        </button>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-full border border-leaf-300 px-5 font-medium text-leaf-800 hover:bg-leaf-50"
        >
          {t("backHome")}
        </Link>
      </div>
      {error.digest && (
        <p className="text-xs text-stone-600">
          {t("reference", { digest: error.digest })}
        </p>
      )}
    </section>
  )
}
