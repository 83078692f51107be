"use client"

import type { Locale } from "@/i18n/routing"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { addMarketplaceLink } from "@/lib/data/onboarding/products"
import type { OnboardingFormState } from "@/lib/data/onboarding/types"
import FormStatus, {
  invalidProps,
} from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"
import { inputClass, labelClass, labelTextClass } from "../styles"

const initialState: OnboardingFormState = { status: "idle" }

/** Step 5: the same product on voso.vn or postmart.vn. */
export default function LinkForm({
  producerId,
  productId,
  locale,
}: {
  producerId: string
  productId: string
  locale: Locale
}) {
  const t = useTranslations("onboarding")
  const [state, formAction] = useActionState(addMarketplaceLink, initialState)
  return (
    <form
      action={formAction}
      className="space-y-3"
      data-testid={`link-form-${productId}`}
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="producerId" value={producerId} />
      <input type="hidden" name="productId" value={productId} />
      <label className={labelClass}>
        <span className={labelTextClass}>{t("certificates.marketplace")}</span>
        <select name="marketplace" defaultValue="voso" className={inputClass}>
          <option value="voso">voso.vn</option>
          <option value="postmart">postmart.vn</option>
        </select>
      </label>
      <label className={labelClass}>
        <span className={labelTextClass}>{t("certificates.url")}</span>
        <input
          name="url"
          type="url"
          inputMode="url"
          required
          placeholder="https://voso.vn/…"
          className={inputClass}
          data-testid="link-url"
          {...invalidProps(state, "url")}
        />
      </label>
      <FormStatus area="onboarding" state={state} />
      <SubmitButton label={t("certificates.addLink")} testId="link-submit" />
    </form>
  )
}
