"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { saveVariant } from "@/lib/data/portal/products"
import { shopperPriceApart } from "@/lib/data/portal/prices"
import type { PortalFormState, PortalVariant } from "@/lib/data/portal/types"
import { formatVnd } from "@/lib/util/money"
import { parseVndInput } from "@/lib/util/vnd-input"
import FormStatus from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"
import type { Locale } from "@/i18n/routing"

const initialState: PortalFormState = { status: "idle" }

/**
 * Price and stock of one variant; the typed price is shown back as shoppers will read it.
 * The field edits the base price only; while a sale runs, what shoppers pay now is shown
 * beside it and never sent back as the base.
 */
export default function VariantForm({
  productId,
  variant,
  locale,
}: {
  productId: string
  variant: PortalVariant
  locale: Locale
}) {
  const t = useTranslations("portal.variant")
  const [state, formAction] = useActionState(saveVariant, initialState)
  const [price, setPrice] = useState(
    variant.price === null ? "" : String(variant.price)
  )
  const amount = parseVndInput(price)
  const saved =
    state.status === "saved"
      ? state.product?.variants.find((v) => v.id === variant.id)
      : undefined
  const shopperPrice = shopperPriceApart(saved ?? variant)
  const invalid = (name: string) =>
    state.status === "error" && state.field === name
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="variantId" value={variant.id} />
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("price")}</span>
        <input
          name="price"
          inputMode="numeric"
          autoComplete="off"
          value={price}
          onChange={(event) => setPrice(event.target.value)}
          aria-invalid={invalid("price")}
          aria-describedby={
            shopperPrice === null
              ? `price-preview-${variant.id}`
              : `price-preview-${variant.id} shopper-price-${variant.id}`
          }
          data-testid="portal-price"
          className="min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-2xl"
        />
        <span
          id={`price-preview-${variant.id}`}
          data-testid="portal-price-preview"
          className="block text-lg font-semibold text-berry-600"
        >
          {amount !== null && amount > 0
            ? t("pricePreview", { price: formatVnd(amount) })
            : "\u00a0"}
        </span>
      </label>
      {shopperPrice !== null && (
        <p
          id={`shopper-price-${variant.id}`}
          data-testid="portal-variant-shopper-price"
          className="text-base text-leaf-800"
        >
          {t("shopperPrice", { price: formatVnd(shopperPrice) })}
        </p>
      )}
      {variant.stock !== null && (
        <label className="block space-y-1">
          <span className="text-base font-medium">{t("stock")}</span>
          <input
            name="stock"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            defaultValue={variant.stock}
            aria-invalid={invalid("stock")}
            data-testid="portal-stock"
            className="min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-2xl"
          />
        </label>
      )}
      {variant.low_stock_threshold !== null && (
        <label className="block space-y-1">
          <span className="text-base font-medium">
            {t("lowStockThreshold")}
          </span>
          <input
            name="lowStockThreshold"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            defaultValue={variant.low_stock_threshold}
            aria-invalid={invalid("low_stock_threshold")}
            aria-describedby={`low-stock-hint-${variant.id}`}
            data-testid="portal-low-stock-threshold"
            className="min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-2xl"
          />
          <span
            id={`low-stock-hint-${variant.id}`}
            className="block text-sm text-stone-600"
          >
            {t("lowStockHint")}
          </span>
        </label>
      )}
      <FormStatus area="portal" state={state} />
      <SubmitButton label={t("save")} testId="portal-save-variant" />
    </form>
  )
}
