import type { Locale } from "@/i18n/routing"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { WIZARD_STEPS, type WizardStep } from "@/lib/util/onboarding-steps"

/** Which step of how many, the step's name, the producer it is for, and a way back. */
export default async function StepHeader({
  step,
  producerId,
  producerName,
  locale,
}: {
  step: WizardStep
  producerId: string | null
  producerName: string | null
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "onboarding" })
  const index = WIZARD_STEPS.indexOf(step)
  const previous = index > 0 ? WIZARD_STEPS[index - 1] : null
  return (
    <header className="space-y-3" data-testid="onboarding-step-header">
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm text-stone-600" data-testid="onboarding-progress">
          {t("steps.progress", {
            current: index + 1,
            total: WIZARD_STEPS.length,
          })}
        </p>
        {producerName && (
          <p className="truncate text-sm font-medium text-stone-700">
            {producerName}
          </p>
        )}
      </div>
      <ol className="flex gap-1" aria-hidden>
        {WIZARD_STEPS.map((name, position) => (
          <li
            key={name}
            className={`h-2 flex-1 rounded-full ${position <= index ? "bg-leaf-600" : "bg-stone-200"}`}
          />
        ))}
      </ol>
      <h1
        className="text-2xl font-bold text-leaf-800"
        data-testid={`onboarding-step-${step}`}
      >
        {t(`steps.${step}`)}
      </h1>
      {previous && producerId && (
        <Link
          href={`/onboarding/producers/${producerId}/${previous}`}
          className="inline-flex min-h-12 items-center text-base text-leaf-700 underline"
          data-testid="onboarding-back"
        >
          ← {t("actions.back")}
        </Link>
      )}
    </header>
  )
}
