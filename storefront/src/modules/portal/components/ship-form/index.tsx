"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { CARRIER_CODES, NAMED_CARRIERS } from "@/lib/data/portal/carriers"
import { shipOrder } from "@/lib/data/portal/orders"
import type { PortalFormState } from "@/lib/data/portal/types"
import type { Locale } from "@/i18n/routing"
import FormStatus from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"

const initialState: PortalFormState = { status: "idle" }
const field =
  "min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-lg"

/**
 * A carrier from the list (the backend builds the shopper's tracking link from it), a name for a
 * coach company or other carrier, the tracking number, then one big "mark shipped" button.
 */
export default function ShipForm({
  orderId,
  locale,
}: {
  orderId: string
  locale: Locale
}) {
  const t = useTranslations("portal.orders")
  const [state, formAction] = useActionState(shipOrder, initialState)
  const [carrier, setCarrier] = useState("")
  // A coach company or other carrier has no name of its own in the list: the producer types it.
  const named = NAMED_CARRIERS.some((code) => code === carrier)
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="orderId" value={orderId} />
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("carrier")}</span>
        <select
          name="carrier"
          required
          value={carrier}
          onChange={(event) => setCarrier(event.target.value)}
          data-testid="portal-carrier"
          className={field}
        >
          <option value="" disabled>
            {t("chooseCarrier")}
          </option>
          {CARRIER_CODES.map((code) => (
            <option key={code} value={code}>
              {t(`carriers.${code}`)}
            </option>
          ))}
        </select>
      </label>
      {named && (
        <label className="block space-y-1">
          <span className="text-base font-medium">{t("carrierName")}</span>
          <input
            name="carrier_name"
            required
            maxLength={100}
            data-testid="portal-carrier-name"
            className={field}
          />
        </label>
      )}
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
