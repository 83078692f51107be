"use client"

import {
  Elements,
  PaymentElement,
  useElements,
  useStripe,
} from "@stripe/react-stripe-js"
import type { Stripe } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { completeCardOrder } from "@/lib/data/checkout/checkout"
import type { OrderFailure } from "@/lib/data/checkout/types"
import OrderError from "../order-error"

// Stripe.js is fetched from js.stripe.com once per publishable key, and only when a shopper
// actually chose to pay by card: VietQR shoppers never download it.
const stripes = new Map<string, Promise<Stripe | null>>()
function stripeFor(publishableKey: string) {
  if (!stripes.has(publishableKey)) {
    stripes.set(publishableKey, loadStripe(publishableKey))
  }
  return stripes.get(publishableKey)!
}

/** Stripe's Payment Element for a PaymentIntent the backend created in whole đồng. */
export default function CardPayment({
  publishableKey,
  clientSecret,
  locale,
}: {
  publishableKey: string
  clientSecret: string
  locale: string
}) {
  return (
    <Elements
      stripe={stripeFor(publishableKey)}
      options={{ clientSecret, locale: locale === "en" ? "en" : "vi" }}
    >
      <CardForm locale={locale} />
    </Elements>
  )
}

function CardForm({ locale }: { locale: string }) {
  const t = useTranslations("checkout")
  const stripe = useStripe()
  const elements = useElements()
  const [stripeMessage, setStripeMessage] = useState<string | null>(null)
  const [orderError, setOrderError] = useState<OrderFailure | null>(null)
  const [paying, startPaying] = useTransition()

  const pay = () =>
    startPaying(async () => {
      if (!stripe || !elements) return
      setStripeMessage(null)
      setOrderError(null)
      const { error } = await stripe.confirmPayment({
        elements,
        redirect: "if_required",
        confirmParams: {
          return_url: `${window.location.origin}/${locale}/checkout`,
        },
      })
      if (error) {
        // Stripe's own message, already in the shopper's language (card declined, …).
        setStripeMessage(error.message ?? t("errors.failed"))
        return
      }
      setOrderError(await completeCardOrder(locale))
    })

  return (
    <section
      className="space-y-3 rounded-2xl border border-earth-200 bg-white p-4"
      data-testid="card-payment"
    >
      <h2 className="text-lg font-semibold">{t("card.title")}</h2>
      <PaymentElement />
      {stripeMessage ? (
        <p
          role="alert"
          data-testid="card-payment-error"
          className="rounded-xl bg-berry-50 p-3 text-berry-700"
        >
          {stripeMessage}
        </p>
      ) : (
        orderError && (
          <OrderError failure={orderError} testId="card-payment-error" />
        )
      )}
      <button
        type="button"
        onClick={pay}
        disabled={!stripe || paying}
        data-testid="card-pay"
        className="w-full rounded-xl bg-leaf-600 px-5 py-3 text-lg font-semibold text-white hover:bg-leaf-700 disabled:opacity-60"
      >
        {paying ? t("card.paying") : t("card.pay")}
      </button>
    </section>
  )
}
