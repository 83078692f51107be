import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { PortalShareFigures } from "@/lib/data/portal/types"

/** Visits that began at a shared link, and the marketplace clicks they led to, per source. */
export default async function ShareFigures({
  shares,
  locale,
}: {
  shares: PortalShareFigures[]
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "portal.stats.shares" })
  return (
    <section
      className="space-y-2 rounded-2xl bg-white p-4"
      aria-labelledby="share-figures-heading"
    >
      <h2 id="share-figures-heading" className="text-base font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("caption")}</p>
      <table
        className="w-full text-left text-base"
        data-testid="portal-share-figures"
      >
        <thead>
          <tr className="border-b border-stone-200 text-sm text-stone-600">
            <th scope="col" className="py-2 font-medium">
              {t("source")}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t("visits")}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t("linkOuts")}
            </th>
          </tr>
        </thead>
        <tbody>
          {shares.map((row) => (
            <tr
              key={row.source}
              className="border-b border-stone-100"
              data-testid={`portal-share-${row.source}`}
            >
              <th scope="row" className="py-2 font-normal">
                {t(`sources.${row.source}`)}
              </th>
              <td
                className="py-2 text-right tabular-nums"
                data-testid={`portal-share-${row.source}-visits`}
              >
                {row.visits}
              </td>
              <td
                className="py-2 text-right tabular-nums"
                data-testid={`portal-share-${row.source}-link-outs`}
              >
                {row.link_outs}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
