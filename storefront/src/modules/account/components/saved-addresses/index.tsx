import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { deleteAddress } from "@/lib/data/account/account"
import type { SavedAddress } from "@/lib/data/account/types"
import { formatVietnamesePhone } from "@/lib/util/phone"

/** The addresses the checkout saved, each with a way to forget it. */
export default async function SavedAddresses({
  addresses,
  locale,
}: {
  addresses: SavedAddress[]
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "account.addresses" })
  if (addresses.length === 0) {
    return (
      <p data-testid="account-addresses-empty" className="text-stone-600">
        {t("empty")}
      </p>
    )
  }
  return (
    <ul className="space-y-3" data-testid="account-addresses">
      {addresses.map((address) => (
        <li
          key={address.id}
          data-testid="account-address"
          className="flex items-start gap-3 rounded-2xl border border-earth-200 bg-white p-4"
        >
          <p className="min-w-0 flex-1 break-words text-base">
            <span className="block font-semibold">{address.name}</span>
            {address.phone ? (
              <span className="block">
                {formatVietnamesePhone(address.phone)}
              </span>
            ) : null}
            <span className="block text-stone-700">
              {[address.street, address.ward, address.province].join(", ")}
            </span>
          </p>
          <form action={deleteAddress}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="addressId" value={address.id} />
            <button
              type="submit"
              data-testid="account-address-delete"
              className="min-h-11 min-w-11 rounded-xl px-3 text-base text-berry-700 hover:bg-berry-500/10"
            >
              {t("delete")}
              <span className="sr-only"> {address.name}</span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  )
}
