import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { getPortalMe } from "@/lib/data/portal/session"
import BackLink from "@/modules/portal/components/back-link"
import NewProductForm from "@/modules/portal/components/new-product-form"
import PortalShell from "@/modules/portal/templates/portal-shell"

type Props = { params: Promise<{ locale: string }> }

export default async function PortalNewProductPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [me, t] = await Promise.all([
    getPortalMe(locale),
    getTranslations({ locale, namespace: "portal" }),
  ])
  return (
    <PortalShell me={me} locale={locale}>
      <div className="space-y-5">
        <BackLink href="/portal/products" label={t("product.back")} />
        <h1 className="text-2xl font-bold text-leaf-800">
          {t("newProduct.heading")}
        </h1>
        <NewProductForm locale={locale} />
      </div>
    </PortalShell>
  )
}
