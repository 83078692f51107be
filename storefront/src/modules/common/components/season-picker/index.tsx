"use client"

import { useTranslations } from "next-intl"
import { useActionState, useId, useState } from "react"
import type { Locale } from "@/i18n/routing"
import type { SeasonFormState } from "@/lib/data/shared/form-state"
import {
  formatSeason,
  monthName,
  MONTHS,
  type HarvestSeason,
} from "@/lib/util/season"
import SubmitButton from "../submit-button"

const initialState: SeasonFormState = { status: "idle" }
const MONTH_FIELDS = ["harvest_months", "best_months"] as const

const radioClass =
  "flex min-h-12 items-center gap-3 rounded-xl border border-stone-300 bg-white px-3 text-lg has-checked:border-leaf-700 has-checked:bg-leaf-50"
const chipClass =
  "relative flex min-h-12 min-w-11 cursor-pointer items-center justify-center rounded-xl border border-stone-300 bg-white px-1 text-base font-medium text-stone-800 select-none has-checked:border-leaf-700 has-checked:bg-leaf-700 has-checked:text-white has-focus-visible:ring-2 has-focus-visible:ring-leaf-500 has-focus-visible:ring-offset-2"

/**
 * When a product is in season: all year (the chosen months are its best) or seasonal (the
 * chosen months are its harvest). One picker for members and volunteers; each passes the
 * server action that posts to its own route, and `fields` names the product for that action.
 */
export default function SeasonPicker({
  action,
  season,
  fields,
  locale,
}: {
  action: (
    previous: SeasonFormState,
    formData: FormData
  ) => Promise<SeasonFormState>
  season: HarvestSeason | null
  fields: Record<string, string>
  locale: Locale
}) {
  const t = useTranslations("season")
  const [state, formAction] = useActionState(action, initialState)
  // A product without a season starts as all year with no best months: the mildest claim.
  const [allYear, setAllYear] = useState(season?.allYear ?? true)
  const [months, setMonths] = useState<number[]>(
    season ? (season.allYear ? season.bestMonths : season.harvestMonths) : []
  )
  const id = useId()
  const preview = formatSeason(
    {
      allYear,
      harvestMonths: allYear ? [] : months,
      bestMonths: allYear ? months : [],
    },
    locale,
    t
  )
  const monthError =
    state.status === "error" &&
    MONTH_FIELDS.find((field) => field === state.field)
  const toggle = (month: number, on: boolean) =>
    setMonths((current) =>
      on
        ? [...current, month].sort((a, b) => a - b)
        : current.filter((m) => m !== month)
    )

  return (
    <form
      action={formAction}
      // React resets a form once its action is done, which would put the controlled radios and
      // chips back to the first render's season while the state keeps what was chosen.
      onReset={(event) => event.preventDefault()}
      className="space-y-4"
      data-testid="season-picker"
    >
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset className="space-y-2">
        <legend className="mb-2 text-base font-medium">
          {t("picker.kind")}
        </legend>
        {[true, false].map((value) => (
          <label key={String(value)} className={radioClass}>
            <input
              type="radio"
              name="all_year"
              value={String(value)}
              checked={allYear === value}
              onChange={() => setAllYear(value)}
              data-testid={value ? "season-all-year" : "season-seasonal"}
              className="size-5 accent-leaf-700"
            />
            {t(value ? "picker.allYear" : "picker.seasonal")}
          </label>
        ))}
      </fieldset>
      <fieldset
        aria-describedby={monthError ? `${id}-error` : `${id}-preview`}
        className="space-y-2"
      >
        <legend className="mb-2 text-base font-medium">
          {t(allYear ? "picker.bestMonths" : "picker.harvestMonths")}
        </legend>
        <div
          className={`grid grid-cols-4 gap-2 sm:grid-cols-6 ${monthError ? "rounded-xl outline-2 outline-offset-4 outline-berry-600" : ""}`}
        >
          {MONTHS.map((month) => (
            <label
              key={month}
              className={chipClass}
              data-testid={`season-month-${month}`}
            >
              <input
                type="checkbox"
                name="month"
                value={month}
                checked={months.includes(month)}
                onChange={(event) => toggle(month, event.target.checked)}
                aria-label={t("month", { month: monthName(month, locale) })}
                className="sr-only"
              />
              <span aria-hidden="true">
                {t("picker.chip", { month: monthName(month, locale) })}
              </span>
            </label>
          ))}
        </div>
        {monthError && (
          <p
            id={`${id}-error`}
            role="alert"
            data-testid="season-error"
            className="rounded-lg bg-berry-500/10 p-3 text-base text-berry-600"
          >
            {t(`picker.errors.${monthError}`)}
          </p>
        )}
      </fieldset>
      <p
        id={`${id}-preview`}
        data-testid="season-preview"
        className="text-lg font-semibold text-leaf-800"
      >
        {preview ? t("picker.preview", { season: preview }) : "\u00a0"}
      </p>
      {state.status === "saved" && (
        <p
          role="status"
          data-testid="season-saved"
          className="rounded-lg bg-leaf-50 p-3 text-base text-leaf-800"
        >
          {t("picker.saved")}
        </p>
      )}
      {state.status === "error" && !monthError && (
        <p
          role="alert"
          data-testid="season-error"
          className="rounded-lg bg-berry-500/10 p-3 text-base text-berry-600"
        >
          {state.message ?? t(`picker.errors.${state.reason}`)}
        </p>
      )}
      <SubmitButton label={t("picker.save")} testId="season-save" />
    </form>
  )
}
