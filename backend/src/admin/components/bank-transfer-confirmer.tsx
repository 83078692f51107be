import { Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { adminCall } from "../lib/client"

type AdminUser = {
  email: string
  first_name: string | null
  last_name: string | null
}

/**
 * Who settled the VietQR payment. The backend writes `user:<id>` for an officer, `bank:<bank
 * transaction id>` for the bank's notification and `job:<name>` for reconciliation; an officer
 * is shown by name, since a user id tells a colleague nothing.
 */
export const BankTransferConfirmer = ({
  confirmedBy,
}: {
  confirmedBy: string
}) => {
  const { t } = useTranslation()
  const separator = confirmedBy.indexOf(":")
  const kind = separator > 0 ? confirmedBy.slice(0, separator) : ""
  const id = confirmedBy.slice(separator + 1)
  const { data } = useQuery({
    queryKey: ["xt-bank-transfers", "user", id],
    queryFn: () =>
      adminCall<{ user: AdminUser }>(
        `/admin/users/${encodeURIComponent(id)}?fields=email,first_name,last_name`
      ),
    enabled: kind === "user",
    // A colleague removed since keeps their id on the payment: no retries for a missing user.
    retry: false,
  })
  const user = data?.user
  const officer = user
    ? [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
    : id

  const text =
    kind === "user"
      ? t("xtBankTransfers.widget.confirmedBy.user", { officer })
      : kind === "bank"
        ? t("xtBankTransfers.widget.confirmedBy.bank", { transaction: id })
        : kind === "job"
          ? t("xtBankTransfers.widget.confirmedBy.job")
          : t("xtBankTransfers.widget.confirmedBy.other", { who: confirmedBy })
  return (
    <Text size="small" className="text-ui-fg-subtle">
      {text}
    </Text>
  )
}
