"use client"

import type { Locale } from "@/i18n/routing"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveCertificate } from "@/lib/data/onboarding/products"
import type { OnboardingFormState } from "@/lib/data/onboarding/types"
import FormStatus, {
  invalidProps,
} from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"
import { inputClass, labelClass, labelTextClass } from "../styles"

const initialState: OnboardingFormState = { status: "idle" }
const LEVELS = ["province", "national", "district"] as const

/** Step 5: the OCOP certificate of one product, with a photo of the paper from the camera. */
export default function CertificateForm({
  producerId,
  productId,
  locale,
}: {
  producerId: string
  productId: string
  locale: Locale
}) {
  const t = useTranslations("onboarding")
  const [state, formAction] = useActionState(saveCertificate, initialState)
  return (
    <form
      action={formAction}
      className="space-y-3"
      data-testid={`certificate-form-${productId}`}
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="producerId" value={producerId} />
      <input type="hidden" name="productId" value={productId} />
      <label className={labelClass}>
        <span className={labelTextClass}>{t("certificates.stars")}</span>
        <select
          name="stars"
          defaultValue="3"
          className={inputClass}
          data-testid="certificate-stars"
          {...invalidProps(state, "stars")}
        >
          {[3, 4, 5].map((count) => (
            <option key={count} value={count}>
              {t("certificates.starsOption", { count })}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        <span className={labelTextClass}>
          {t("certificates.decisionNumber")}
        </span>
        <input
          name="decision_number"
          required
          className={inputClass}
          data-testid="certificate-decision"
          {...invalidProps(state, "decision_number")}
        />
      </label>
      <label className={labelClass}>
        <span className={labelTextClass}>{t("certificates.level")}</span>
        <select
          name="issuing_level"
          defaultValue="province"
          className={inputClass}
        >
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`certificates.levels.${level}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        <span className={labelTextClass}>{t("certificates.issuedAt")}</span>
        <input
          name="issued_at"
          type="date"
          required
          className={inputClass}
          data-testid="certificate-issued-at"
          {...invalidProps(state, "issued_at")}
        />
      </label>
      <label className={labelClass}>
        <span className={labelTextClass}>{t("certificates.photo")}</span>
        <input
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          capture="environment"
          className="block min-h-12 w-full text-base"
          data-testid="certificate-photo"
        />
      </label>
      <FormStatus area="onboarding" state={state} />
      <SubmitButton
        label={t("certificates.save")}
        testId="certificate-submit"
      />
    </form>
  )
}
