import Image from "next/image"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { deleteLineItem, updateLineItem } from "@/lib/data/checkout/cart"
import type { CartLine as CartLineType } from "@/lib/data/checkout/types"
import { formatVnd } from "@/lib/util/money"
import DiscountAmount from "../discount-amount"

// Plain forms posting to server actions: the cart works before JavaScript loads.
export default async function CartLine({
  line,
  locale,
  outOfStock = false,
  unavailable = false,
}: {
  line: CartLineType
  locale: Locale
  /** The last change asked for more than the stock holds. */
  outOfStock?: boolean
  /** The last change was refused because the product is no longer on sale. */
  unavailable?: boolean
}) {
  const t = await getTranslations({ locale, namespace: "cart" })
  const tp = await getTranslations({ locale, namespace: "promo" })
  const stepButton =
    "grid size-9 place-items-center rounded-full border border-earth-200 bg-white text-lg font-semibold text-leaf-800 hover:bg-leaf-50 disabled:opacity-40"
  return (
    <li
      data-testid="cart-line"
      data-line-id={line.id}
      className="flex gap-3 rounded-2xl border border-earth-200 bg-white p-3"
    >
      <div className="relative size-20 shrink-0 overflow-hidden rounded-xl bg-earth-100">
        {line.thumbnail && (
          <Image
            src={line.thumbnail}
            alt={line.productTitle}
            fill
            sizes="80px"
            className="object-cover"
          />
        )}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex items-start justify-between gap-2">
          <div className="min-w-0">
            {line.productHandle ? (
              <Link
                href={`/products/${line.productHandle}`}
                data-testid="cart-line-title"
                className="font-semibold text-stone-900 hover:text-leaf-700"
              >
                {line.productTitle}
              </Link>
            ) : (
              <p data-testid="cart-line-title" className="font-semibold">
                {line.productTitle}
              </p>
            )}
            {line.variantTitle && (
              <p className="text-sm text-stone-600">{line.variantTitle}</p>
            )}
          </div>
          <p
            data-testid="cart-line-total"
            className="shrink-0 font-bold text-berry-600"
          >
            {formatVnd(line.total)}
          </p>
        </div>
        <div className="flex items-center justify-between gap-2">
          <div className="flex items-center gap-2">
            <form action={updateLineItem}>
              <input type="hidden" name="lineId" value={line.id} />
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="quantity" value={line.quantity - 1} />
              <button
                type="submit"
                aria-label={t("decrease")}
                data-testid="cart-line-decrease"
                className={stepButton}
              >
                −
              </button>
            </form>
            <span
              data-testid="cart-line-quantity"
              aria-label={t("quantity")}
              className="min-w-6 text-center font-semibold"
            >
              {line.quantity}
            </span>
            <form action={updateLineItem}>
              <input type="hidden" name="lineId" value={line.id} />
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="quantity" value={line.quantity + 1} />
              <button
                type="submit"
                aria-label={t("increase")}
                data-testid="cart-line-increase"
                disabled={line.quantity >= 99}
                className={stepButton}
              >
                +
              </button>
            </form>
          </div>
          <form action={deleteLineItem}>
            <input type="hidden" name="lineId" value={line.id} />
            <button
              type="submit"
              data-testid="cart-line-remove"
              className="text-sm font-medium text-stone-600 underline hover:text-berry-600"
            >
              {t("remove")}
            </button>
          </form>
        </div>
        <p className="text-xs text-stone-600">{formatVnd(line.unitPrice)}</p>
        {line.discount > 0 && (
          <p
            data-testid="line-discount"
            className="text-sm font-medium text-leaf-700"
          >
            {tp("lineDiscount", { codes: line.discountCodes.join(", ") })}{" "}
            <DiscountAmount amount={line.discount} />
          </p>
        )}
        {outOfStock && (
          <p
            role="alert"
            data-testid="cart-line-out-of-stock"
            className="text-sm font-medium text-berry-700"
          >
            {t("notEnoughStock", { quantity: line.quantity })}
          </p>
        )}
        {unavailable && (
          <div
            role="alert"
            data-testid="cart-line-unavailable"
            className="text-sm text-berry-700"
          >
            <p className="font-medium">
              {t("unavailable", { title: line.productTitle })}
            </p>
            <p>{t("unavailableHint")}</p>
          </div>
        )}
      </div>
    </li>
  )
}
