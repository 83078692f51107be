"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { lookUpOrder, type LookupState } from "@/lib/data/checkout/orders"

const initialState: LookupState = { status: "idle" }

export default function LookupForm({ locale }: { locale: string }) {
  const t = useTranslations("order.lookup")
  const [state, formAction, pending] = useActionState(lookUpOrder, initialState)
  const input =
    "mt-1 block w-full rounded-xl border border-earth-200 bg-white px-3 py-2.5 text-base"
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <label className="block">
        {t("number")}
        <input
          name="number"
          inputMode="numeric"
          data-testid="lookup-number"
          className={input}
        />
      </label>
      <label className="block">
        {t("contact")}
        <input name="contact" data-testid="lookup-contact" className={input} />
      </label>
      {state.status !== "idle" && (
        <p
          role="alert"
          data-testid="lookup-error"
          data-reason={state.status}
          className="text-berry-700"
        >
          {state.status === "tooMany"
            ? (state.message ?? t("tooMany"))
            : t(state.status)}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        data-testid="lookup-submit"
        className="w-full rounded-xl bg-leaf-600 px-5 py-3 font-semibold text-white disabled:opacity-60"
      >
        {t("submit")}
      </button>
    </form>
  )
}
