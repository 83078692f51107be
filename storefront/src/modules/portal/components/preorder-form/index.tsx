"use client"

import { useTranslations } from "next-intl"
import { useActionState, useId } from "react"
import { useFormStatus } from "react-dom"
import type { Locale } from "@/i18n/routing"
import type { PortalPreorder, PreorderFormState } from "@/lib/data/portal/types"
import { formatCalendarDay } from "@/lib/util/date"

type PreorderAction = (
  previous: PreorderFormState,
  formData: FormData
) => Promise<PreorderFormState>

const initialState: PreorderFormState = { status: "idle" }
const FIELDS = ["harvest_on", "quantity"] as const

const inputClass =
  "min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-xl aria-[invalid=true]:border-berry-600"
const fieldErrorClass = "block text-base text-berry-600"

/**
 * The next harvest a member sells ahead: its day and how many units, with what shoppers have
 * ordered so far and the ship day the backend promises them. Save and Stop share one form, so
 * the card always shows the answer to whichever was pressed last.
 */
export default function PreorderForm({
  preorder,
  save,
  stop,
  locale,
}: {
  preorder: PortalPreorder | null
  /** The server actions, bound to the product. */
  save: PreorderAction
  stop: PreorderAction
  locale: Locale
}) {
  const t = useTranslations("preorder")
  const id = useId()
  const [state, formAction] = useActionState(
    (previous: PreorderFormState, formData: FormData) =>
      formData.get("intent") === "stop"
        ? stop(previous, formData)
        : save(previous, formData),
    initialState
  )
  const current = state.status === "saved" ? state.preorder : preorder
  const fieldError =
    state.status === "error"
      ? FIELDS.find((field) => field === state.field)
      : undefined
  const shipsOn = current && formatCalendarDay(current.shipsOn, locale)

  return (
    <form
      action={formAction}
      // React resets a form once its action is done, which would put back the day and count
      // first rendered instead of those just saved.
      onReset={(event) => event.preventDefault()}
      className="space-y-4"
      data-testid="preorder-form"
    >
      <input type="hidden" name="locale" value={locale} />
      {current ? (
        <div
          className="space-y-1 rounded-xl bg-earth-50 p-3 text-base"
          data-testid="preorder-current"
        >
          <p className="font-semibold text-leaf-800">
            {current.open ? t("portal.open") : t("portal.closed")}
          </p>
          <p data-testid="preorder-counts">
            {t("portal.counts", {
              ordered: current.ordered,
              remaining: current.remaining,
            })}
          </p>
          <p data-testid="preorder-ships-on" className="font-semibold">
            {t("shipsOn", { date: shipsOn ?? current.shipsOn })}
          </p>
        </div>
      ) : (
        <p className="text-base text-stone-600" data-testid="preorder-none">
          {t("portal.none")}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="block min-w-0 space-y-1">
          <span className="text-base font-medium">{t("portal.harvestOn")}</span>
          <input
            type="date"
            name="harvest_on"
            required
            defaultValue={current?.harvestOn ?? ""}
            aria-invalid={fieldError === "harvest_on"}
            aria-describedby={
              fieldError === "harvest_on" ? `${id}-harvest_on` : undefined
            }
            data-testid="preorder-harvest-on"
            className={inputClass}
          />
          {fieldError === "harvest_on" && (
            <span
              id={`${id}-harvest_on`}
              role="alert"
              data-testid="preorder-error-harvest_on"
              className={fieldErrorClass}
            >
              {t("portal.errors.harvest_on")}
            </span>
          )}
        </label>
        <label className="block min-w-0 space-y-1">
          <span className="text-base font-medium">{t("portal.quantity")}</span>
          <input
            type="number"
            name="quantity"
            required
            min={1}
            step={1}
            inputMode="numeric"
            defaultValue={current?.quantity ?? ""}
            aria-invalid={fieldError === "quantity"}
            aria-describedby={
              fieldError === "quantity" ? `${id}-quantity` : undefined
            }
            data-testid="preorder-quantity"
            className={inputClass}
          />
          {fieldError === "quantity" && (
            <span
              id={`${id}-quantity`}
              role="alert"
              data-testid="preorder-error-quantity"
              className={fieldErrorClass}
            >
              {t("portal.errors.quantity")}
            </span>
          )}
        </label>
      </div>
      {state.status === "saved" && (
        <p
          role="status"
          data-testid="preorder-saved"
          className="rounded-lg bg-leaf-50 p-3 text-base text-leaf-800"
        >
          {state.preorder ? t("portal.saved") : t("portal.stopped")}
        </p>
      )}
      {state.status === "error" && !fieldError && (
        <p
          role="alert"
          data-testid="preorder-error"
          className="rounded-lg bg-berry-500/10 p-3 text-base text-berry-600"
        >
          {state.message ?? t(`portal.errors.${state.reason}`)}
        </p>
      )}
      <PreorderButtons canStop={current !== null} />
    </form>
  )
}

/** Save first, so Enter in an input saves; each says it is working while its own press is. */
function PreorderButtons({ canStop }: { canStop: boolean }) {
  const t = useTranslations("preorder.portal")
  const { pending, data } = useFormStatus()
  const stopping = pending && data?.get("intent") === "stop"
  return (
    <>
      <button
        type="submit"
        name="intent"
        value="save"
        disabled={pending}
        data-testid="preorder-save"
        className="min-h-12 w-full rounded-xl bg-leaf-700 px-4 py-3 text-lg font-semibold text-white hover:bg-leaf-800 disabled:opacity-60"
      >
        {pending && !stopping ? t("saving") : t("save")}
      </button>
      {canStop && (
        <button
          type="submit"
          name="intent"
          value="stop"
          // Stopping needs no day or count: the inputs' own checks must not hold it back.
          formNoValidate
          disabled={pending}
          data-testid="preorder-stop"
          className="min-h-12 w-full rounded-xl border border-berry-500 px-4 text-base font-semibold text-berry-600 disabled:opacity-60"
        >
          {stopping ? t("stopping") : t("stop")}
        </button>
      )}
    </>
  )
}
