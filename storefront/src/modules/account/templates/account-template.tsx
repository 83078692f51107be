import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { AccountOrder, Customer } from "@/lib/data/account/types"
import { formatVietnamesePhone } from "@/lib/util/phone"
import AreaNav from "@/modules/common/components/area-nav"
import AttachOrderForm from "../components/attach-order-form"
import OrderHistory from "../components/order-history"
import SavedAddresses from "../components/saved-addresses"

/**
 * The signed-in shopper's page: who they are, their orders, their saved addresses and a guest
 * order to bring in.
 */
export default async function AccountTemplate({
  customer,
  orders,
  locale,
}: {
  customer: Customer
  orders: AccountOrder[]
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "account" })
  return (
    <div data-testid="account">
      <AreaNav
        actor="customer"
        locale={locale}
        label={t("nav.label")}
        links={[]}
        signOutLabel={t("nav.signOut")}
        lead={
          <p
            data-testid="account-signed-in-as"
            className="min-w-0 truncate px-2 text-base text-stone-700"
          >
            {customer.email ?? formatVietnamesePhone(customer.phone)}
          </p>
        }
      />
      <div className="mx-auto max-w-3xl space-y-8 px-4 py-6">
        <header className="space-y-1">
          <h1 className="text-2xl font-bold text-leaf-900">
            {customer.name
              ? t("greeting", { name: customer.name })
              : t("title")}
          </h1>
          {customer.phone ? (
            <p className="text-stone-700">
              {formatVietnamesePhone(customer.phone)}
            </p>
          ) : null}
        </header>
        <section className="space-y-3" aria-labelledby="account-orders-heading">
          <h2 id="account-orders-heading" className="text-xl font-semibold">
            {t("history.title")}
          </h2>
          <OrderHistory orders={orders} locale={locale} />
        </section>
        <section
          className="space-y-3"
          aria-labelledby="account-addresses-heading"
        >
          <h2 id="account-addresses-heading" className="text-xl font-semibold">
            {t("addresses.title")}
          </h2>
          <SavedAddresses addresses={customer.addresses} locale={locale} />
        </section>
        <section className="space-y-3" aria-labelledby="account-attach-heading">
          <h2 id="account-attach-heading" className="text-xl font-semibold">
            {t("attach.title")}
          </h2>
          <p className="text-stone-700">{t("attach.intro")}</p>
          <AttachOrderForm locale={locale} />
        </section>
      </div>
    </div>
  )
}
