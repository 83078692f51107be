import type { Locale } from "@/i18n/routing"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { OnboardingProducer } from "@/lib/data/onboarding/types"
import {
  missingRecommended,
  missingRequired,
  type WizardStep,
} from "@/lib/util/onboarding-steps"

const REQUIRED = [
  "name",
  "kind",
  "phone",
  "consent",
  "province",
  "ward",
  "product",
] as const
const RECOMMENDED = ["story", "photos", "certificates", "links"] as const
type Item = (typeof REQUIRED)[number] | (typeof RECOMMENDED)[number]

// Where each item is filled in, so "Add" jumps straight there.
const STEP_OF: Record<Item, WizardStep> = {
  name: "basics",
  kind: "basics",
  phone: "basics",
  consent: "basics",
  province: "place",
  ward: "place",
  product: "products",
  story: "story",
  photos: "story",
  certificates: "certificates",
  links: "certificates",
}

/** What is there and what is missing: required items block submitting, recommended ones do not. */
export default async function Checklist({
  producer,
  locale,
}: {
  producer: OnboardingProducer
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "onboarding.checklist" })
  const missing = new Set<string>([
    ...missingRequired(producer),
    ...missingRecommended(producer),
  ])
  const group = (title: string, items: readonly Item[], testId: string) => (
    <section className="space-y-2" data-testid={testId}>
      <h2 className="text-lg font-semibold text-stone-800">{title}</h2>
      <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200">
        {items.map((item) => {
          const isMissing = missing.has(item)
          return (
            <li
              key={item}
              className="flex min-h-12 items-center justify-between gap-2 px-3 py-2"
              data-testid={`checklist-${item}`}
              data-missing={isMissing}
            >
              <span className="text-base">
                <span aria-hidden>{isMissing ? "○ " : "✓ "}</span>
                {t(`items.${item}`)}
                <span className="sr-only">
                  {" "}
                  {isMissing ? t("missing") : t("done")}
                </span>
              </span>
              {isMissing && (
                <Link
                  href={`/onboarding/producers/${producer.id}/${STEP_OF[item]}`}
                  className="min-h-12 shrink-0 content-center px-2 text-base text-leaf-700 underline"
                >
                  {t("fix")}
                </Link>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
  return (
    <div className="space-y-4">
      {group(t("required"), REQUIRED, "checklist-required")}
      {group(t("recommended"), RECOMMENDED, "checklist-recommended")}
    </div>
  )
}
