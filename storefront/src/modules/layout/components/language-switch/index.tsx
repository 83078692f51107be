"use client"

import { Link, usePathname } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { publicPathname } from "@/lib/util/list-routes"

export default function LanguageSwitch({
  locale,
  labels,
  title,
}: {
  locale: Locale
  labels: Record<Locale, string>
  title: string
}) {
  // usePathname() gives the path without its locale prefix, so the shopper stays on the same page;
  // a cached list renders at its internal route, whose public address the link must name.
  const pathname = publicPathname(usePathname())
  const target: Locale = locale === "vi" ? "en" : "vi"
  return (
    <Link
      href={pathname}
      locale={target}
      hrefLang={target}
      lang={target}
      title={title}
      data-testid="language-switch"
      className="inline-flex min-h-11 items-center gap-1 whitespace-nowrap rounded-full border border-leaf-200 bg-white px-3 text-sm font-medium text-leaf-800 hover:bg-leaf-50"
    >
      <span aria-hidden="true" className="text-xs uppercase text-leaf-500">
        {target}
      </span>
      {labels[target]}
    </Link>
  )
}
