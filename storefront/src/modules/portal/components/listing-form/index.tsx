"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { addListing } from "@/lib/data/portal/products"
import type { PortalFormState } from "@/lib/data/portal/types"
import FormStatus from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"
import type { Locale } from "@/i18n/routing"

const initialState: PortalFormState = { status: "idle" }

export default function ListingForm({
  productId,
  locale,
}: {
  productId: string
  locale: Locale
}) {
  const t = useTranslations("portal.listings")
  const [state, formAction] = useActionState(addListing, initialState)
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="productId" value={productId} />
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className="mb-1 text-base font-medium">
          {t("marketplace")}
        </legend>
        {(["voso", "postmart"] as const).map((marketplace, index) => (
          <label
            key={marketplace}
            className="flex min-h-12 items-center gap-2 rounded-xl border border-stone-300 bg-white px-3 text-lg"
          >
            <input
              type="radio"
              name="marketplace"
              value={marketplace}
              defaultChecked={index === 0}
              data-testid={`portal-marketplace-${marketplace}`}
              className="size-5"
            />
            {marketplace}.vn
          </label>
        ))}
      </fieldset>
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("url")}</span>
        <input
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://postmart.vn/…"
          required
          aria-invalid={state.status === "error"}
          data-testid="portal-listing-url"
          className="min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-lg"
        />
        <span className="block text-sm text-stone-600">{t("hint")}</span>
      </label>
      <FormStatus
        area="portal"
        state={
          state.status === "error" && state.reason === "invalid"
            ? { ...state, field: "url" }
            : state
        }
      />
      <SubmitButton label={t("add")} testId="portal-add-listing" />
    </form>
  )
}
