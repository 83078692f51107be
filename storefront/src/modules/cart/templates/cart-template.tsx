import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { Cart } from "@/lib/data/checkout/types"
import { formatVnd } from "@/lib/util/money"
import CartLine from "../components/cart-line"
import DiscountAmount from "../components/discount-amount"
import PromoCode from "../components/promo-code"

export default async function CartTemplate({
  cart,
  locale,
  shortLineId,
  unavailableLineId,
}: {
  cart: Cart | null
  locale: Locale
  /** The line whose quantity the stock could not cover, from the last change. */
  shortLineId?: string
  /** The line whose product the backend no longer sells, from the last change. */
  unavailableLineId?: string
}) {
  const t = await getTranslations({ locale, namespace: "cart" })
  const tp = await getTranslations({ locale, namespace: "promo" })
  // The root layout ships only a few namespaces to the browser; the code field needs its own.
  const { promo } = await getMessages({ locale })
  const lines = cart?.lines ?? []
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold text-leaf-900 sm:text-3xl">
        {t("title")}
      </h1>
      {!cart || lines.length === 0 ? (
        <div data-testid="cart-empty" className="mt-6 space-y-4">
          <p className="text-stone-600">{t("empty")}</p>
          <Link
            href="/products"
            className="inline-block rounded-full bg-leaf-600 px-5 py-2.5 font-semibold text-white hover:bg-leaf-700"
          >
            {t("continue")}
          </Link>
        </div>
      ) : (
        <div className="mt-6 grid gap-6 md:grid-cols-[1fr_18rem]">
          <ul className="space-y-3">
            {lines.map((line) => (
              <CartLine
                key={line.id}
                line={line}
                locale={locale}
                outOfStock={line.id === shortLineId}
                unavailable={line.id === unavailableLineId}
              />
            ))}
          </ul>
          <aside className="h-fit space-y-3 rounded-2xl border border-earth-200 bg-white p-4">
            <p className="text-sm text-stone-600">
              {t("items", { count: cart.itemCount })}
            </p>
            <NextIntlClientProvider locale={locale} messages={{ promo }}>
              <PromoCode appliedCodes={cart.promoCodes} />
            </NextIntlClientProvider>
            <div className="flex justify-between">
              <span>{t("subtotal")}</span>
              <span data-testid="cart-subtotal" className="font-semibold">
                {formatVnd(cart.subtotal)}
              </span>
            </div>
            {cart.discountTotal > 0 && (
              <div className="flex justify-between text-leaf-700">
                <span>{tp("discount")}</span>
                <DiscountAmount
                  amount={cart.discountTotal}
                  testId="discount-total"
                  className="font-semibold"
                />
              </div>
            )}
            <div className="flex justify-between border-t border-earth-100 pt-3 text-lg">
              <span className="font-semibold">{t("total")}</span>
              <span
                data-testid="cart-total"
                className="font-bold text-berry-600"
              >
                {formatVnd(cart.total)}
              </span>
            </div>
            {/* A full page load, not a client-side one: the checkout's security policy (which
                may allow Stripe's frames) only applies to a document the checkout served. */}
            <a
              href={`/${locale}/checkout`}
              data-testid="checkout-button"
              className="block w-full rounded-xl bg-leaf-600 px-5 py-3 text-center font-semibold text-white hover:bg-leaf-700"
            >
              {t("checkout")}
            </a>
            <Link
              href="/products"
              className="block text-center text-sm font-medium text-leaf-700 underline"
            >
              {t("continue")}
            </Link>
          </aside>
        </div>
      )}
    </div>
  )
}
