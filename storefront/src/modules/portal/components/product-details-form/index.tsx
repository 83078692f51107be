"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveProductDetails } from "@/lib/data/portal/products"
import type { PortalFormState, PortalProduct } from "@/lib/data/portal/types"
import FormStatus from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"
import type { Locale } from "@/i18n/routing"

const initialState: PortalFormState = { status: "idle" }
const field =
  "w-full rounded-xl border border-stone-300 bg-white px-3 py-2 text-lg"

export default function ProductDetailsForm({
  product,
  locale,
}: {
  product: PortalProduct
  locale: Locale
}) {
  const t = useTranslations("portal.details")
  const [state, formAction] = useActionState(saveProductDetails, initialState)
  const titleInvalid = state.status === "error" && state.field === "title"
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="productId" value={product.id} />
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("title")}</span>
        <input
          name="title"
          defaultValue={product.title}
          required
          maxLength={200}
          aria-invalid={titleInvalid}
          data-testid="portal-title"
          className={`min-h-12 ${field}`}
        />
      </label>
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("subtitle")}</span>
        <input
          name="subtitle"
          defaultValue={product.subtitle ?? ""}
          maxLength={300}
          className={`min-h-12 ${field}`}
        />
      </label>
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("description")}</span>
        <textarea
          name="description"
          defaultValue={product.description ?? ""}
          rows={6}
          maxLength={5000}
          className={field}
        />
      </label>
      <fieldset className="space-y-2">
        <legend className="text-base font-medium">{t("status")}</legend>
        {(["published", "draft"] as const).map((status) => (
          <label
            key={status}
            className="flex min-h-12 items-center gap-3 rounded-xl border border-stone-300 bg-white px-3 text-lg"
          >
            <input
              type="radio"
              name="status"
              value={status}
              defaultChecked={product.status === status}
              className="size-5"
            />
            {t(status)}
          </label>
        ))}
      </fieldset>
      <FormStatus area="portal" state={state} />
      <SubmitButton label={t("save")} testId="portal-save-details" />
    </form>
  )
}
