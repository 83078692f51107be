"use client"

import { useTranslations } from "next-intl"
import { FieldError, invalidField } from "../field-error"
import { useState, useTransition } from "react"
import type { CheckoutAddress } from "@/lib/data/account/types"
import { listWards, type AddressOption } from "@/lib/data/shared/addresses"
import type { CheckoutError, CheckoutField } from "@/lib/data/checkout/types"
import { formatVietnamesePhone } from "@/lib/util/phone"

export const inputClass =
  "mt-1 block w-full rounded-xl border border-earth-200 bg-white px-3 py-2.5 text-base focus:border-leaf-600 focus:outline-none aria-[invalid=true]:border-berry-600"

const fieldsetClass =
  "space-y-3 rounded-2xl border border-earth-200 bg-white p-4"

/** Types a saved value into one of the form's own inputs, wherever it sits in the form. */
function fillIn(form: HTMLFormElement | null, name: string, value: string) {
  const field = form?.elements.namedItem(name)
  if (field instanceof HTMLInputElement) field.value = value
}

/**
 * The delivery address: the 2025 province and ward lists, and for a signed-in shopper the
 * account's saved addresses (one tap fills the form) and whether to keep a new one.
 */
export default function AddressFields({
  provinces,
  values,
  fieldErrors,
  savedAddresses,
  signedIn,
}: {
  provinces: AddressOption[]
  /** What the shopper sent last time, when the order was refused. */
  values: Record<string, string>
  fieldErrors: Partial<Record<CheckoutField, CheckoutError>> | undefined
  savedAddresses: CheckoutAddress[]
  signedIn: boolean
}) {
  const t = useTranslations("checkout")
  const [provinceCode, setProvinceCode] = useState(values.province ?? "")
  const [wards, setWards] = useState<AddressOption[]>([])
  const [wardCode, setWardCode] = useState("")
  const [loadingWards, startLoadingWards] = useTransition()
  const [chosenId, setChosenId] = useState<string | null>(null)
  // A new address is kept by default; one chosen from the account is there already.
  const [saveAddress, setSaveAddress] = useState(true)

  const showProvince = (code: string, ward = "") => {
    setProvinceCode(code)
    setWards([])
    setWardCode("")
    if (code) {
      startLoadingWards(async () => {
        setWards(await listWards(code))
        setWardCode(ward)
      })
    }
  }

  const choose = (address: CheckoutAddress, form: HTMLFormElement | null) => {
    setChosenId(address.id)
    setSaveAddress(false)
    fillIn(form, "name", address.name)
    fillIn(form, "address", address.street)
    fillIn(form, "phone", formatVietnamesePhone(address.phone) ?? "")
    showProvince(address.provinceCode, address.wardCode)
  }

  // Changing a chosen address by hand makes it a new one, worth keeping.
  const edited = () => {
    if (chosenId === null) return
    setChosenId(null)
    setSaveAddress(true)
  }

  const error = (name: CheckoutField) => (
    <FieldError name={name} error={fieldErrors?.[name]} />
  )
  const invalid = (name: CheckoutField) =>
    invalidField(name, fieldErrors?.[name])

  return (
    <>
      {savedAddresses.length > 0 ? (
        <fieldset className={fieldsetClass}>
          <legend className="px-1 text-lg font-semibold">
            {t("savedAddresses")}
          </legend>
          {savedAddresses.map((address) => (
            <label
              key={address.id}
              data-testid="saved-address"
              className="flex min-h-11 items-start gap-3 rounded-xl border border-earth-100 p-3 has-[:checked]:border-leaf-600"
            >
              <input
                type="radio"
                name="savedAddress"
                value={address.id}
                checked={chosenId === address.id}
                onChange={(event) => choose(address, event.currentTarget.form)}
                className="mt-1 size-5 shrink-0 accent-leaf-700"
              />
              <span className="min-w-0 break-words">
                <span className="block font-semibold">{address.name}</span>
                <span className="block text-sm text-stone-700">
                  {[address.street, address.ward, address.province].join(", ")}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}

      <fieldset className={fieldsetClass} onChange={edited}>
        <legend className="px-1 text-lg font-semibold">{t("address")}</legend>
        <label className="block">
          {t("name")}
          <input
            name="name"
            autoComplete="name"
            defaultValue={values.name}
            data-testid="checkout-name"
            className={inputClass}
            {...invalid("name")}
          />
          {error("name")}
        </label>
        <label className="block">
          {t("province")}
          <select
            name="province"
            value={provinceCode}
            onChange={(event) => showProvince(event.target.value)}
            data-testid="checkout-province"
            className={inputClass}
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
            className={inputClass}
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
            className={inputClass}
            {...invalid("address")}
          />
          {error("address")}
        </label>
        {signedIn ? (
          <label className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              name="saveAddress"
              checked={saveAddress}
              // Its own change is not an edit of the address.
              onChange={(event) => {
                event.stopPropagation()
                setSaveAddress(event.target.checked)
              }}
              data-testid="checkout-save-address"
              className="size-5 shrink-0 accent-leaf-700"
            />
            <span>{t("saveAddress")}</span>
          </label>
        ) : null}
      </fieldset>
    </>
  )
}
