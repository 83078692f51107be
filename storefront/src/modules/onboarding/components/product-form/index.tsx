"use client"

import type { Locale } from "@/i18n/routing"
import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { addProduct } from "@/lib/data/onboarding/products"
import type { OnboardingFormState } from "@/lib/data/onboarding/types"
import { formatVnd } from "@/lib/util/money"
import { parseVndInput } from "@/lib/util/vnd-input"
import FormStatus, {
  invalidProps,
} from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"
import {
  inputClass,
  labelClass,
  labelTextClass,
  secondaryButtonClass,
} from "../styles"

const initialState: OnboardingFormState = { status: "idle" }

/** One pack size: price typed as "120000" shows "120.000 ₫" under the field as it is typed. */
function VariantFields({ index }: { index: number }) {
  const t = useTranslations("onboarding.products")
  const [price, setPrice] = useState("")
  const parsed = parseVndInput(price)
  return (
    <fieldset
      className="space-y-3 rounded-xl border border-stone-200 p-3"
      data-testid={`onboarding-product-variant-${index}`}
    >
      <legend className="px-1 text-base font-semibold">
        {t("variant", { number: index + 1 })}
      </legend>
      <label className={labelClass}>
        <span className={labelTextClass}>{t("variantTitle")}</span>
        <input
          name="variant_title"
          className={inputClass}
          data-testid={`onboarding-product-variant-title-${index}`}
        />
      </label>
      <label className={labelClass}>
        <span className={labelTextClass}>{t("price")}</span>
        <input
          name="variant_price"
          inputMode="numeric"
          required={index === 0}
          value={price}
          onChange={(event) => setPrice(event.target.value)}
          className={inputClass}
          data-testid={`onboarding-product-variant-price-${index}`}
        />
        {parsed !== null && parsed > 0 && (
          <span
            className="text-base font-semibold text-leaf-800"
            data-testid={`onboarding-product-variant-price-preview-${index}`}
          >
            {t("pricePreview", { price: formatVnd(parsed) })}
          </span>
        )}
      </label>
      <label className={labelClass}>
        <span className={labelTextClass}>{t("stock")}</span>
        <input
          name="variant_stock"
          inputMode="numeric"
          defaultValue="0"
          className={inputClass}
          data-testid={`onboarding-product-variant-stock-${index}`}
        />
      </label>
    </fieldset>
  )
}

/** Step 4: a product with one or more pack sizes; the form empties after each save. */
export default function ProductForm({
  producerId,
  locale,
}: {
  producerId: string
  locale: Locale
}) {
  const t = useTranslations("onboarding")
  const [variantCount, setVariantCount] = useState(1)
  const [generation, setGeneration] = useState(0)
  const [state, formAction] = useActionState(
    async (previous: OnboardingFormState, formData: FormData) => {
      const next = await addProduct(previous, formData)
      // React empties the form after the action; a new generation also clears the price previews.
      if (next.status === "saved") {
        setVariantCount(1)
        setGeneration((value) => value + 1)
      }
      return next
    },
    initialState
  )

  return (
    <form
      action={formAction}
      className="space-y-4"
      data-testid="onboarding-product-form"
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="producerId" value={producerId} />
      <label className={labelClass}>
        <span className={labelTextClass}>{t("products.title")}</span>
        <input
          name="title"
          required
          className={inputClass}
          data-testid="onboarding-product-title"
          {...invalidProps(state, "title")}
        />
      </label>
      <label className={labelClass}>
        <span className={labelTextClass}>{t("products.description")}</span>
        <textarea
          name="description"
          rows={3}
          className={`${inputClass} py-2`}
          data-testid="onboarding-product-description"
        />
      </label>
      {Array.from({ length: variantCount }, (_, index) => (
        <VariantFields key={`${generation}-${index}`} index={index} />
      ))}
      <button
        type="button"
        onClick={() => setVariantCount((count) => count + 1)}
        className={secondaryButtonClass}
        data-testid="onboarding-product-add-variant"
      >
        {t("products.addVariant")}
      </button>
      <FormStatus
        area="onboarding"
        state={state}
        savedMessage={t("products.added")}
      />
      <SubmitButton
        label={t("products.add")}
        testId="onboarding-product-submit"
      />
    </form>
  )
}
