import type { Locale } from "@/i18n/routing"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { OnboardingProducer } from "@/lib/data/onboarding/types"
import OnboardingNav from "../components/onboarding-nav"

const STATUS_CLASS: Record<OnboardingProducer["status"], string> = {
  draft: "bg-stone-100 text-stone-700",
  submitted: "bg-amber-100 text-amber-800",
  verified: "bg-leaf-100 text-leaf-800",
  suspended: "bg-berry-500/10 text-berry-600",
}

/** The volunteer's producers with their status; each opens where its wizard stopped. */
export default async function ProducersTemplate({
  producers,
  locale,
}: {
  producers: OnboardingProducer[]
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "onboarding" })
  return (
    <div data-testid="onboarding-producers">
      <OnboardingNav locale={locale} />
      <div className="mx-auto max-w-xl space-y-6 px-4 py-6">
        <h1 className="text-2xl font-bold text-leaf-800">{t("list.title")}</h1>
        <Link
          href="/onboarding/producers/new"
          className="flex min-h-12 w-full items-center justify-center rounded-xl bg-leaf-700 px-4 py-3 text-lg font-semibold text-white hover:bg-leaf-800"
          data-testid="onboarding-new-producer"
        >
          {t("list.new")}
        </Link>
        {producers.length === 0 ? (
          <p className="text-base text-stone-600">{t("list.empty")}</p>
        ) : (
          <ul className="space-y-3">
            {producers.map((producer) => (
              <li key={producer.id}>
                <Link
                  href={`/onboarding/producers/${producer.id}`}
                  className="block space-y-1 rounded-xl border border-stone-200 bg-white p-4 hover:border-leaf-600"
                  data-testid="onboarding-producer-row"
                >
                  <span className="flex items-start justify-between gap-2">
                    <span className="text-lg font-semibold">
                      {producer.name}
                    </span>
                    <span
                      className={`shrink-0 rounded-full px-2 py-1 text-sm ${STATUS_CLASS[producer.status]}`}
                      data-testid="onboarding-producer-status"
                    >
                      {t(`status.${producer.status}`)}
                    </span>
                  </span>
                  <span className="block text-sm text-stone-600">
                    {[producer.village, producer.ward]
                      .filter(Boolean)
                      .join(", ")}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
