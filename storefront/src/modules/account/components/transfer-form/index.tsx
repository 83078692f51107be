"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import {
  acceptOrderTransfer,
  declineOrderTransfer,
} from "@/lib/data/account/transfer"
import type { TransferState } from "@/lib/data/account/types"
import FormAlert from "../form-alert"

const initialState: TransferState = { status: "idle" }

const buttonClass =
  "min-h-12 w-full rounded-xl px-4 py-3 text-lg font-semibold disabled:opacity-60"

/**
 * The emailed link's two answers: move the order into the account that asked, or refuse. The
 * order and token come from the link; the backend checks the token.
 */
export default function TransferForm({
  orderId,
  token,
  locale,
}: {
  orderId: string
  token: string
  locale: Locale
}) {
  const t = useTranslations("account.transfer")
  const [accepted, accept, accepting] = useActionState(
    acceptOrderTransfer,
    initialState
  )
  const [declined, decline, declining] = useActionState(
    declineOrderTransfer,
    initialState
  )
  if (accepted.status === "accepted") {
    return (
      <div className="space-y-4">
        <p
          role="status"
          data-testid="account-transfer-accepted"
          className="rounded-lg bg-leaf-50 p-3 text-base text-leaf-800"
        >
          {t("accepted", { number: accepted.displayId })}
        </p>
        <Link
          href="/account"
          data-testid="account-transfer-to-account"
          className="flex min-h-12 items-center justify-center rounded-xl bg-leaf-700 px-4 text-lg font-semibold text-white"
        >
          {t("toAccount")}
        </Link>
      </div>
    )
  }
  if (declined.status === "declined") {
    return (
      <p
        role="status"
        data-testid="account-transfer-declined"
        className="rounded-lg bg-stone-100 p-3 text-base text-stone-800"
      >
        {t("declined")}
      </p>
    )
  }
  const failed =
    accepted.status === "error"
      ? accepted
      : declined.status === "error"
        ? declined
        : null
  const busy = accepting || declining
  return (
    <div className="space-y-4">
      {failed ? (
        <FormAlert testId="account-transfer-error">
          {t(`errors.${failed.reason}`)}
        </FormAlert>
      ) : null}
      <form action={accept}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="order" value={orderId} />
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          disabled={busy}
          data-testid="account-transfer-accept"
          className={`${buttonClass} bg-leaf-700 text-white hover:bg-leaf-800`}
        >
          {accepting ? t("accepting") : t("accept")}
        </button>
      </form>
      <form action={decline}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="order" value={orderId} />
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          disabled={busy}
          data-testid="account-transfer-decline"
          className={`${buttonClass} border border-stone-300 bg-white text-stone-800 hover:bg-stone-50`}
        >
          {t("decline")}
        </button>
      </form>
    </div>
  )
}
