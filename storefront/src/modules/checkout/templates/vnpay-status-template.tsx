import { getTranslations } from "next-intl/server"
import Link from "next/link"
import type { Locale } from "@/i18n/routing"

export type VnpayState = "pending" | "failed" | "invalid"

const RECHECK_SECONDS = 3

/** After VNPay: waiting for its confirmation, a failed attempt, or a link that does not check out. */
export default async function VnpayStatusTemplate({
  state,
  responseCode,
  recheckPath,
  locale,
}: {
  state: VnpayState
  responseCode: string
  recheckPath: string
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "vnpayReturn" })
  const heading =
    state === "pending"
      ? t("confirming")
      : state === "failed"
        ? t("failed")
        : t("invalid")
  const hint =
    state === "pending"
      ? t("confirmingHint")
      : state === "failed"
        ? t("failedHint", { code: responseCode })
        : t("invalidHint")
  return (
    <div
      data-testid="vnpay-status"
      data-state={state}
      className="mx-auto max-w-xl space-y-4 px-4 py-10"
    >
      {state === "pending" && (
        // The IPN usually arrives within seconds: look again without the shopper doing anything.
        <meta
          httpEquiv="refresh"
          content={`${RECHECK_SECONDS};url=${recheckPath}`}
        />
      )}
      <h1 className="text-2xl font-bold text-leaf-900">{heading}</h1>
      <p className="text-stone-700">{hint}</p>
      <div className="flex flex-wrap gap-3">
        {state === "pending" ? (
          <a
            href={recheckPath}
            className="rounded-xl bg-leaf-700 px-4 py-2 font-semibold text-white"
          >
            {t("refresh")}
          </a>
        ) : (
          <Link
            href={`/${locale}/checkout`}
            className="rounded-xl bg-leaf-700 px-4 py-2 font-semibold text-white"
          >
            {t("backToCheckout")}
          </Link>
        )}
      </div>
    </div>
  )
}
