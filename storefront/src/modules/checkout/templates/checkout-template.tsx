import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { AddressOption } from "@/lib/data/shared/addresses"
import type { CheckoutAccount } from "@/lib/data/account/types"
import type { CheckoutData } from "@/lib/data/checkout/types"
import { formatVnd } from "@/lib/util/money"
import DiscountAmount from "@/modules/cart/components/discount-amount"
import CheckoutForm from "../components/checkout-form"

export default async function CheckoutTemplate({
  data,
  provinces,
  account,
  locale,
}: {
  data: CheckoutData | null
  provinces: AddressOption[]
  /** The signed-in shopper's email and saved addresses; null for a guest. */
  account: CheckoutAccount | null
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const tp = await getTranslations({ locale, namespace: "promo" })
  // The root layout ships only a few namespaces to the browser; the form needs its own.
  const { checkout } = await getMessages({ locale })
  if (!data) {
    return (
      <div className="mx-auto max-w-2xl px-4 py-8" data-testid="checkout-empty">
        <h1 className="text-2xl font-bold text-leaf-900">{t("title")}</h1>
        <p className="mt-4 text-stone-600">{t("emptyCart")}</p>
        <Link
          href="/products"
          className="mt-4 inline-block font-semibold text-leaf-700 underline"
        >
          {t("continue")}
        </Link>
      </div>
    )
  }
  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-2xl font-bold text-leaf-900 sm:text-3xl">
        {t("title")}
      </h1>
      <ul
        className="mt-4 space-y-1 rounded-2xl bg-earth-50 p-4 text-sm"
        data-testid="checkout-lines"
      >
        {data.cart.lines.map((line) => (
          <li key={line.id} className="flex justify-between gap-3">
            <span>
              {line.productTitle}
              {line.variantTitle ? ` · ${line.variantTitle}` : ""} ×{" "}
              {line.quantity}
            </span>
            <span className="shrink-0 text-right">
              <span className="block font-medium">{formatVnd(line.total)}</span>
              {line.discount > 0 && (
                <DiscountAmount
                  amount={line.discount}
                  testId="line-discount"
                  className="block text-leaf-700"
                />
              )}
            </span>
          </li>
        ))}
        {data.cart.discountTotal > 0 && (
          <li className="flex justify-between gap-3 border-t border-earth-200 pt-1 font-medium text-leaf-700">
            <span>
              {tp("discount")}
              {data.cart.promoCodes.length > 0 &&
                ` (${data.cart.promoCodes.join(", ")})`}
            </span>
            <DiscountAmount
              amount={data.cart.discountTotal}
              testId="discount-total"
            />
          </li>
        )}
      </ul>
      <div className="mt-6">
        <NextIntlClientProvider locale={locale} messages={{ checkout }}>
          <CheckoutForm
            locale={locale}
            provinces={provinces}
            shippingOptions={data.shippingOptions}
            paymentChoices={data.paymentChoices}
            zaloOffered={data.zaloOffered}
            account={account}
            // After promotion codes: the form adds shipping to what the items really cost.
            itemTotal={data.cart.itemTotal}
          />
        </NextIntlClientProvider>
      </div>
    </div>
  )
}
