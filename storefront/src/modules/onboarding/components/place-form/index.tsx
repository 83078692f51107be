"use client"

import type { Locale } from "@/i18n/routing"
import { useTranslations } from "next-intl"
import { useActionState, useState, useTransition } from "react"
import { listWards, type AddressOption } from "@/lib/data/shared/addresses"
import { savePlace } from "@/lib/data/onboarding/producers"
import type {
  OnboardingFormState,
  OnboardingProducer,
} from "@/lib/data/onboarding/types"
import FormStatus, {
  invalidProps,
} from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"
import { inputClass, labelClass, labelTextClass } from "../styles"

const initialState: OnboardingFormState = { status: "idle" }

/** Step 2: province → ward from the checkout's 2025 address list, then the village. */
export default function PlaceForm({
  producer,
  provinces,
  initialProvinceCode,
  initialWards,
  initialWardCode,
  locale,
}: {
  producer: OnboardingProducer
  provinces: AddressOption[]
  initialProvinceCode: string
  initialWards: AddressOption[]
  initialWardCode: string
  locale: Locale
}) {
  const t = useTranslations("onboarding")
  const [state, formAction] = useActionState(savePlace, initialState)
  const [provinceCode, setProvinceCode] = useState(initialProvinceCode)
  const [wards, setWards] = useState(initialWards)
  const [loadingWards, startLoadingWards] = useTransition()

  const chooseProvince = (code: string) => {
    setProvinceCode(code)
    setWards([])
    if (code) startLoadingWards(async () => setWards(await listWards(code)))
  }

  return (
    <form action={formAction} className="space-y-4" data-testid="place-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="producerId" value={producer.id} />
      <label className={labelClass}>
        <span className={labelTextClass}>{t("place.province")}</span>
        <select
          name="province"
          required
          value={provinceCode}
          onChange={(event) => chooseProvince(event.target.value)}
          data-testid="place-province"
          className={inputClass}
          {...invalidProps(state, "province")}
        >
          <option value="">{t("place.choose")}</option>
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        <span className={labelTextClass}>{t("place.ward")}</span>
        <select
          // A new province brings a new list: remount so no stale ward stays selected.
          key={provinceCode}
          name="ward"
          required
          defaultValue={
            provinceCode === initialProvinceCode ? initialWardCode : ""
          }
          disabled={!provinceCode || loadingWards}
          data-testid="place-ward"
          className={inputClass}
          {...invalidProps(state, "ward")}
        >
          <option value="">
            {loadingWards ? t("place.loadingWards") : t("place.choose")}
          </option>
          {wards.map((ward) => (
            <option key={ward.code} value={ward.code}>
              {ward.name}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        <span className={labelTextClass}>{t("place.village")}</span>
        <input
          name="village"
          defaultValue={producer.village ?? ""}
          data-testid="place-village"
          className={inputClass}
        />
      </label>
      <FormStatus area="onboarding" state={state} />
      <SubmitButton label={t("actions.next")} testId="place-submit" />
    </form>
  )
}
