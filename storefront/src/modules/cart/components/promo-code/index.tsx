"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import {
  applyPromoCode,
  removePromoCode,
} from "@/lib/data/checkout/promo-codes"
import type { PromoCodeState } from "@/lib/data/checkout/promo-outcome"

const initialState: PromoCodeState = { status: "idle" }

/** The outcome in the page's language; null when there is nothing to say. */
function useOutcome(state: PromoCodeState, appliedCodes: string[]) {
  const t = useTranslations("promo")
  switch (state.status) {
    case "idle":
      return null
    case "applied":
      // Once the shopper removed it, the chip is gone and so is the note.
      return appliedCodes.includes(state.code)
        ? { tone: "ok", text: t("applied", { code: state.code }) }
        : null
    case "notApplied":
      return {
        tone: "refused",
        text:
          state.reason === "otherProducer"
            ? t("otherProducer", {
                code: state.code,
                producer: state.producerName,
              })
            : t(state.reason, { code: state.code }),
      }
    case "error":
      return {
        tone: "refused",
        text:
          state.message ??
          (state.reason === "unknown" || state.reason === "expired"
            ? t(state.reason, { code: state.code ?? "" })
            : t(state.reason)),
      }
  }
}

/**
 * The cart's promotion-code field and the codes already applied, each with a button that takes
 * it off. Works before JavaScript loads: both are forms posting to server actions.
 */
export default function PromoCode({
  appliedCodes,
}: {
  appliedCodes: string[]
}) {
  const t = useTranslations("promo")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(
    applyPromoCode,
    initialState
  )
  const outcome = useOutcome(state, appliedCodes)
  // A refused code stays in the field to be corrected; an applied one clears it.
  const typed =
    state.status === "notApplied" || state.status === "error"
      ? (state.code ?? "")
      : ""

  return (
    <div className="space-y-2 border-y border-earth-100 py-3">
      <form action={formAction} className="space-y-1">
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="promo-code" className="text-sm font-medium">
          {t("label")}
        </label>
        <div className="flex gap-2">
          <input
            id="promo-code"
            name="code"
            defaultValue={typed}
            key={typed}
            maxLength={64}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            placeholder={t("placeholder")}
            data-testid="promo-code"
            aria-describedby="promo-code-outcome"
            className="min-h-11 w-full min-w-0 flex-1 rounded-xl border border-earth-200 bg-white px-3 text-base focus:border-leaf-600 focus:outline-none"
          />
          <button
            type="submit"
            disabled={pending}
            data-testid="promo-code-apply"
            className="min-h-11 shrink-0 rounded-xl border border-leaf-600 px-4 font-semibold text-leaf-700 hover:bg-leaf-50 disabled:opacity-60"
          >
            {pending ? t("applying") : t("apply")}
          </button>
        </div>
      </form>
      <p
        id="promo-code-outcome"
        aria-live="polite"
        data-testid="promo-code-outcome"
        data-outcome={state.status === "idle" ? undefined : state.status}
        className={
          outcome?.tone === "ok"
            ? "text-sm text-leaf-800"
            : "text-sm font-medium text-berry-700"
        }
      >
        {outcome?.text}
      </p>
      {appliedCodes.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("appliedCodes")}>
          {appliedCodes.map((code) => (
            <li
              key={code}
              data-testid="promo-code-chip"
              data-code={code}
              className="flex min-h-11 items-center gap-1 rounded-full bg-leaf-50 pl-3 text-sm font-semibold text-leaf-800"
            >
              <span>{code}</span>
              <form action={removePromoCode.bind(null, code)}>
                <button
                  type="submit"
                  aria-label={t("remove", { code })}
                  data-testid="promo-code-remove"
                  className="grid size-11 place-items-center rounded-full text-lg hover:bg-leaf-100"
                >
                  ×
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
