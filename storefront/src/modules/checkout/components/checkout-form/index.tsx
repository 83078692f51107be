"use client"

import { useTranslations } from "next-intl"
import { FieldError, invalidField } from "../field-error"
import dynamic from "next/dynamic"
import { startTransition, useActionState, useState } from "react"
import type { AddressOption } from "@/lib/data/shared/addresses"
import type { CheckoutAccount } from "@/lib/data/account/types"
import { placeOrder } from "@/lib/data/checkout/checkout"
import type {
  CheckoutField,
  CheckoutState,
  PaymentChoice,
  ShippingChoice,
} from "@/lib/data/checkout/types"
import { formatVnd } from "@/lib/util/money"
import AddressFields, { inputClass as input } from "../address-fields"
import OrderError from "../order-error"

const initialState: CheckoutState = { status: "idle" }

// Stripe's code reaches only shoppers who chose a card.
const CardPayment = dynamic(() => import("../card-payment"))

export default function CheckoutForm({
  locale,
  provinces,
  shippingOptions,
  paymentChoices,
  zaloOffered,
  itemTotal,
  account,
}: {
  locale: string
  provinces: AddressOption[]
  shippingOptions: ShippingChoice[]
  paymentChoices: PaymentChoice[]
  zaloOffered: boolean
  itemTotal: number
  /** The signed-in shopper's email and saved addresses; null for a guest. */
  account: CheckoutAccount | null
}) {
  const t = useTranslations("checkout")
  const [state, formAction, pending] = useActionState(placeOrder, initialState)
  const values = state.values ?? {}
  const [onZalo, setOnZalo] = useState(false)
  const [shippingId, setShippingId] = useState(
    values.shipping || shippingOptions[0]?.id || ""
  )
  const shipping = shippingOptions.find((option) => option.id === shippingId)
  const card = paymentChoices.find((choice) => choice.kind === "card")
  const awaitingCard =
    state.status === "card" && state.clientSecret && card?.publishableKey

  const error = (name: CheckoutField) => (
    <FieldError name={name} error={state.fieldErrors?.[name]} />
  )
  const invalid = (name: CheckoutField) =>
    invalidField(name, state.fieldErrors?.[name])

  return (
    <form
      noValidate
      className="space-y-6"
      // Submitting by hand keeps what the shopper typed: React resets a form after an action.
      onSubmit={(event) => {
        event.preventDefault()
        const formData = new FormData(event.currentTarget)
        startTransition(() => formAction(formData))
      }}
    >
      <input type="hidden" name="locale" value={locale} />

      <fieldset className="space-y-3 rounded-2xl border border-earth-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("contact")}</legend>
        <label className="block">
          {onZalo ? t("emailOptional") : t("email")}
          <input
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={values.email ?? account?.email}
            data-testid="checkout-email"
            className={input}
            {...invalid("email")}
          />
          {error("email")}
        </label>
        <label className="block">
          {t("phone")}
          <input
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            placeholder="0912 345 678"
            defaultValue={values.phone}
            data-testid="checkout-phone"
            className={input}
            {...invalid("phone")}
          />
          {error("phone")}
        </label>
        {zaloOffered ? (
          <label className="flex min-h-11 items-start gap-3">
            <input
              type="checkbox"
              name="zalo"
              checked={onZalo}
              onChange={(event) => setOnZalo(event.target.checked)}
              data-testid="checkout-zalo-consent"
              className="mt-1 size-5 shrink-0 accent-leaf-700"
            />
            <span>
              {t("zaloConsent")}
              <span className="block text-sm text-earth-600">
                {t("zaloConsentHint")}
              </span>
            </span>
          </label>
        ) : null}
      </fieldset>

      <AddressFields
        provinces={provinces}
        values={values}
        fieldErrors={state.fieldErrors}
        savedAddresses={account?.addresses ?? []}
        signedIn={!!account}
      />

      <fieldset className="space-y-2 rounded-2xl border border-earth-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("shipping")}</legend>
        {shippingOptions.map((option) => (
          <label
            key={option.id}
            className="flex items-center gap-3 rounded-xl border border-earth-100 p-3"
          >
            <input
              type="radio"
              name="shipping"
              value={option.id}
              checked={shippingId === option.id}
              onChange={() => setShippingId(option.id)}
              data-testid="checkout-shipping-option"
            />
            <span className="flex-1">{option.name}</span>
            <span className="font-semibold">
              {option.amount ? formatVnd(option.amount) : t("free")}
            </span>
          </label>
        ))}
        {error("shipping")}
      </fieldset>

      <fieldset className="space-y-2 rounded-2xl border border-earth-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("payment")}</legend>
        {paymentChoices.map((choice, index) => (
          <label
            key={choice.id}
            className="flex items-start gap-3 rounded-xl border border-earth-100 p-3"
          >
            <input
              type="radio"
              name="payment"
              value={choice.id}
              defaultChecked={index === 0}
              data-testid={`checkout-payment-${choice.kind}`}
            />
            <span>
              <span className="block font-semibold">
                {t(`${choice.kind}.title`)}
              </span>
              <span className="block text-sm text-stone-600">
                {t(`${choice.kind}.hint`)}
              </span>
            </span>
          </label>
        ))}
        {error("payment")}
      </fieldset>

      <section className="space-y-2 rounded-2xl border border-earth-200 bg-white p-4">
        <h2 className="text-lg font-semibold">{t("review")}</h2>
        <div className="flex justify-between">
          <span>{t("items")}</span>
          <span>{formatVnd(itemTotal)}</span>
        </div>
        <div className="flex justify-between">
          <span>{t("shippingCost")}</span>
          <span>{shipping ? formatVnd(shipping.amount) : "—"}</span>
        </div>
        <div className="flex justify-between border-t border-earth-100 pt-2 text-lg font-bold">
          <span>{t("total")}</span>
          <span data-testid="checkout-total" className="text-berry-600">
            {formatVnd(itemTotal + (shipping?.amount ?? 0))}
          </span>
        </div>
      </section>

      {(state.formError || state.unavailable) && (
        <OrderError failure={state} testId="checkout-form-error" />
      )}
      {awaitingCard ? (
        <CardPayment
          publishableKey={card.publishableKey!}
          clientSecret={state.clientSecret!}
          locale={locale}
        />
      ) : (
        <button
          type="submit"
          disabled={pending}
          data-testid="place-order"
          className="w-full rounded-xl bg-leaf-600 px-5 py-3 text-lg font-semibold text-white hover:bg-leaf-700 disabled:opacity-60"
        >
          {pending ? t("placing") : t("placeOrder")}
        </button>
      )}
    </form>
  )
}
