"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { shipOrder } from "@/lib/data/portal/orders"
import type { PortalFormState } from "@/lib/data/portal/types"
import type { Locale } from "@/i18n/routing"
import FormStatus from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"

const initialState: PortalFormState = { status: "idle" }
const field =
  "min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-lg"

/** Carrier + tracking number, then one big "mark shipped" button. */
export default function ShipForm({
  orderId,
  locale,
}: {
  orderId: string
  locale: Locale
}) {
  const t = useTranslations("portal.orders")
  const [state, formAction] = useActionState(shipOrder, initialState)
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="orderId" value={orderId} />
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("carrier")}</span>
        <input
          name="carrier"
          list="portal-carriers"
          required
          maxLength={100}
          data-testid="portal-carrier"
          className={field}
        />
      </label>
      <datalist id="portal-carriers">
        <option value="Viettel Post" />
        <option value="VNPost" />
        <option value="Giao Hàng Nhanh" />
        <option value="Giao Hàng Tiết Kiệm" />
      </datalist>
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("trackingNumber")}</span>
        <input
          name="tracking_number"
          required
          maxLength={100}
          autoCapitalize="characters"
          data-testid="portal-tracking-number"
          className={field}
        />
      </label>
      <FormStatus area="portal" state={state} />
      <SubmitButton label={t("markShipped")} testId="portal-mark-shipped" />
    </form>
  )
}
