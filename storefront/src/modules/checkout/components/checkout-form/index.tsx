"use client"

import { useTranslations } from "next-intl"
import dynamic from "next/dynamic"
import { startTransition, useActionState, useState, useTransition } from "react"
import { listWards, type AddressOption } from "@/lib/data/shared/addresses"
import { placeOrder } from "@/lib/data/checkout/checkout"
import type {
  CheckoutField,
  CheckoutState,
  PaymentChoice,
  ShippingChoice,
} from "@/lib/data/checkout/types"
import { formatVnd } from "@/lib/util/money"
import OrderError from "../order-error"

const initialState: CheckoutState = { status: "idle" }

// Stripe's code reaches only shoppers who chose a card.
const CardPayment = dynamic(() => import("../card-payment"))

const input =
  "mt-1 block w-full rounded-xl border border-earth-200 bg-white px-3 py-2.5 text-base focus:border-leaf-600 focus:outline-none aria-[invalid=true]:border-berry-600"

export default function CheckoutForm({
  locale,
  provinces,
  shippingOptions,
  paymentChoices,
  zaloOffered,
  itemTotal,
}: {
  locale: string
  provinces: AddressOption[]
  shippingOptions: ShippingChoice[]
  paymentChoices: PaymentChoice[]
  zaloOffered: boolean
  itemTotal: number
}) {
  const t = useTranslations("checkout")
  const [state, formAction, pending] = useActionState(placeOrder, initialState)
  const values = state.values ?? {}
  const [provinceCode, setProvinceCode] = useState(values.province ?? "")
  const [wards, setWards] = useState<AddressOption[]>([])
  const [wardCode, setWardCode] = useState("")
  const [loadingWards, startLoadingWards] = useTransition()
  const [onZalo, setOnZalo] = useState(false)
  const [shippingId, setShippingId] = useState(
    values.shipping || shippingOptions[0]?.id || ""
  )
  const shipping = shippingOptions.find((option) => option.id === shippingId)
  const card = paymentChoices.find((choice) => choice.kind === "card")
  const awaitingCard =
    state.status === "card" && state.clientSecret && card?.publishableKey

  const chooseProvince = (code: string) => {
    setProvinceCode(code)
    setWards([])
    setWardCode("")
    if (code) {
      startLoadingWards(async () => setWards(await listWards(code)))
    }
  }

  const error = (name: CheckoutField) => {
    const key = state.fieldErrors?.[name]
    return key ? (
      <p
        id={`${name}-error`}
        data-testid={`checkout-error-${name}`}
        className="mt-1 text-sm text-berry-700"
      >
        {t(`errors.${key}`)}
      </p>
    ) : null
  }
  const invalid = (name: CheckoutField) => ({
    "aria-invalid": !!state.fieldErrors?.[name],
    "aria-describedby": state.fieldErrors?.[name] ? `${name}-error` : undefined,
  })

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
            defaultValue={values.email}
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

      <fieldset className="space-y-3 rounded-2xl border border-earth-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("address")}</legend>
        <label className="block">
          {t("name")}
          <input
            name="name"
            autoComplete="name"
            defaultValue={values.name}
            data-testid="checkout-name"
            className={input}
            {...invalid("name")}
          />
          {error("name")}
        </label>
        <label className="block">
          {t("province")}
          <select
            name="province"
            value={provinceCode}
            onChange={(event) => chooseProvince(event.target.value)}
            data-testid="checkout-province"
            className={input}
            {...invalid("province")}
          >
            <option value="">{t("chooseProvince")}</option>
            {provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name}
              </option>
            ))}
          </select>
          {error("province")}
        </label>
        <label className="block">
          {t("ward")}
          <select
            name="ward"
            value={wardCode}
            onChange={(event) => setWardCode(event.target.value)}
            disabled={!provinceCode || loadingWards}
            data-testid="checkout-ward"
            data-loaded={wards.length > 0}
            className={input}
            {...invalid("ward")}
          >
            <option value="">
              {loadingWards ? t("loadingWards") : t("chooseWard")}
            </option>
            {wards.map((ward) => (
              <option key={ward.code} value={ward.code}>
                {ward.name}
              </option>
            ))}
          </select>
          {error("ward")}
        </label>
        <label className="block">
          {t("street")}
          <input
            name="address"
            autoComplete="street-address"
            placeholder={t("streetHint")}
            defaultValue={values.address}
            data-testid="checkout-street"
            className={input}
            {...invalid("address")}
          />
          {error("address")}
        </label>
      </fieldset>

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
