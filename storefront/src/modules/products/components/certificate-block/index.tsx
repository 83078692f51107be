import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { Certificate } from "@/lib/data/catalogue/types"
import { formatDate } from "@/lib/util/date"
import OcopStars from "../ocop-stars"

const LEVELS = ["national", "province", "district"] as const

export default async function CertificateBlock({
  certificate,
  locale,
}: {
  certificate: Certificate | null
  locale: Locale
}) {
  if (!certificate) return null
  const t = await getTranslations({ locale, namespace: "ocop" })
  // In force exactly when the backend lets shoppers see its stars.
  const valid = certificate.displayedStars !== null
  const level = LEVELS.find((l) => l === certificate.issuingLevel) ?? "other"
  const rows: [string, string | null][] = [
    [t("decisionNumber"), certificate.decisionNumber],
    [t("issuingLevel"), t(`levels.${level}`)],
    [t("issuedAt"), formatDate(certificate.issuedAt, locale)],
    [t("expiresAt"), formatDate(certificate.expiresAt, locale)],
  ]
  return (
    <section
      data-testid="certificate-block"
      data-valid={valid}
      aria-labelledby="certificate-heading"
      className="rounded-2xl border border-earth-200 bg-white p-4"
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2
          id="certificate-heading"
          className="text-base font-semibold text-leaf-900"
        >
          {t("certificate")}
        </h2>
        <OcopStars certificate={certificate} locale={locale} size="lg" />
      </div>
      {!valid && (
        <p
          data-testid="certificate-expired"
          className="mb-3 rounded-lg bg-earth-100 px-3 py-2 text-sm text-earth-800"
        >
          {t("notInForce")}
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {rows.map(([label, value]) =>
          value ? (
            <div key={label} className="contents">
              <dt className="text-stone-600">{label}</dt>
              <dd className="font-medium text-stone-800">{value}</dd>
            </div>
          ) : null
        )}
      </dl>
    </section>
  )
}
