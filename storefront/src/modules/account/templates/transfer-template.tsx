import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import FormAlert from "../components/form-alert"
import TransferForm from "../components/transfer-form"

/**
 * Where the emailed link lands: the owner of the order's email confirms that the order moves
 * into the account that asked for it. A link without its order or token says so at once.
 */
export default async function TransferTemplate({
  orderId,
  token,
  locale,
}: {
  orderId: string
  token: string
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "account.transfer" })
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-leaf-800">{t("title")}</h1>
        <p className="text-base text-stone-700">{t("intro")}</p>
      </header>
      {orderId && token ? (
        <TransferForm orderId={orderId} token={token} locale={locale} />
      ) : (
        <FormAlert testId="account-transfer-error">
          {t("errors.invalidLink")}
        </FormAlert>
      )}
    </div>
  )
}
