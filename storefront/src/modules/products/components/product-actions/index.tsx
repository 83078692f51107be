"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { Link } from "@/i18n/navigation"
import { addToCart, type CartActionState } from "@/lib/data/checkout/cart"

export interface VariantOption {
  id: string
  title: string
  /** Already formatted on the server ("120.000 ₫"), null without a price. */
  price: string | null
  originalPrice: string | null
  inStock: boolean
  /** Out of stock, sold as a pre-order of the next harvest instead. */
  onPreorder: boolean
  inventoryQuantity: number | null
}

/** The pre-order's words, already in the page's language (its date formatted on the server). */
export interface PreorderWording {
  /** The add button and the variant list say this instead of "out of stock". */
  button: string
  /** "Đặt trước — dự kiến giao 10/05/2027 · còn 17 suất". */
  note: string
}

const initialState: CartActionState = { status: "idle" }

export default function ProductActions({
  variants,
  noPriceLabel,
  preorder,
}: {
  variants: VariantOption[]
  noPriceLabel: string
  /** Null unless the product has a harvest announced. */
  preorder: PreorderWording | null
}) {
  const t = useTranslations("product")
  const locale = useLocale()
  const firstAvailable =
    variants.find((v) => v.inStock) ??
    variants.find((v) => v.onPreorder) ??
    variants[0]
  const [variantId, setVariantId] = useState(firstAvailable?.id ?? "")
  const [state, formAction, pending] = useActionState(addToCart, initialState)
  const selected = variants.find((v) => v.id === variantId) ?? firstAvailable
  const preordering = Boolean(preorder && selected?.onPreorder)
  const canBuy = Boolean((selected?.inStock || preordering) && selected?.price)
  const unavailableLabel = (variant: VariantOption) =>
    preorder && variant.onPreorder ? preorder.button : t("outOfStock")
  const buttonLabel = pending
    ? t("adding")
    : preordering && preorder
      ? preorder.button
      : canBuy
        ? t("addToCart")
        : t("outOfStock")

  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <div className="flex items-baseline gap-3">
        <p
          data-testid="product-price"
          className="text-3xl font-bold text-berry-600"
        >
          {selected?.price ?? noPriceLabel}
        </p>
        {selected?.originalPrice && (
          <p className="text-stone-600 line-through">
            {selected.originalPrice}
          </p>
        )}
      </div>

      {variants.length > 0 && (
        <label className="block space-y-1">
          <span className="text-sm font-medium text-stone-700">
            {t("variant")}
          </span>
          <select
            name="variantId"
            value={variantId}
            onChange={(event) => setVariantId(event.target.value)}
            data-testid="variant-select"
            className="block w-full rounded-xl border border-earth-200 bg-white px-3 py-2.5 text-base"
          >
            {variants.map((variant) => (
              <option key={variant.id} value={variant.id}>
                {variant.title}
                {variant.price ? ` · ${variant.price}` : ""}
                {variant.inStock ? "" : ` · ${unavailableLabel(variant)}`}
              </option>
            ))}
          </select>
        </label>
      )}

      <div className="flex items-end gap-3">
        <label className="block w-24 space-y-1">
          <span className="text-sm font-medium text-stone-700">
            {t("quantity")}
          </span>
          <input
            type="number"
            name="quantity"
            min={1}
            max={99}
            defaultValue={1}
            inputMode="numeric"
            data-testid="quantity-input"
            className="block w-full rounded-xl border border-earth-200 bg-white px-3 py-2.5 text-base"
          />
        </label>
        <button
          type="submit"
          disabled={!canBuy || pending}
          data-testid="add-to-cart"
          className="flex-1 rounded-xl bg-leaf-600 px-5 py-3 text-base font-semibold text-white shadow-sm hover:bg-leaf-700 disabled:cursor-not-allowed disabled:bg-stone-300"
        >
          {buttonLabel}
        </button>
      </div>

      {preordering && preorder && (
        <p
          data-testid="preorder-note"
          className="rounded-xl bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900"
        >
          {preorder.note}
        </p>
      )}

      {selected?.inStock && selected.inventoryQuantity !== null && (
        <p className="text-sm text-stone-600">
          {t("inStock", { count: selected.inventoryQuantity })}
        </p>
      )}

      <div aria-live="polite" data-testid="add-to-cart-status">
        {state.status === "added" && (
          <p className="rounded-xl bg-leaf-50 px-3 py-2 text-sm text-leaf-800">
            {t("added", { quantity: state.quantity })}{" "}
            <Link href="/cart" className="font-semibold underline">
              {t("viewCart")}
            </Link>
          </p>
        )}
        {state.status === "error" && (
          <p
            role="alert"
            className="rounded-xl bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {state.message ?? t(`errors.${state.reason}`)}
          </p>
        )}
      </div>
    </form>
  )
}
