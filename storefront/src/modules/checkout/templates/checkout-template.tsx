import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { AddressOption } from "@/lib/data/shared/addresses"
import type { CheckoutData } from "@/lib/data/checkout/types"
import { formatVnd } from "@/lib/util/money"
import CheckoutForm from "../components/checkout-form"

export default async function CheckoutTemplate({
  data,
  provinces,
  locale,
}: {
  data: CheckoutData | null
  provinces: AddressOption[]
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "checkout" })
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
            <span className="font-medium">{formatVnd(line.total)}</span>
          </li>
        ))}
      </ul>
      <div className="mt-6">
        <NextIntlClientProvider locale={locale} messages={{ checkout }}>
          <CheckoutForm
            locale={locale}
            provinces={provinces}
            shippingOptions={data.shippingOptions}
            paymentChoices={data.paymentChoices}
            zaloOffered={data.zaloOffered}
            itemTotal={data.cart.subtotal}
          />
        </NextIntlClientProvider>
      </div>
    </div>
  )
}
