import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import BackLink from "@/modules/portal/components/back-link"
import NewProductForm from "@/modules/portal/components/new-product-form"

type Props = { params: Promise<{ locale: string }> }

export default async function PortalNewProductPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "portal" })
  return (
    <div className="space-y-5">
      <BackLink href="/portal/products" label={t("product.back")} />
      <h1 className="text-2xl font-bold text-leaf-800">
        {t("newProduct.heading")}
      </h1>
      <NewProductForm locale={locale} />
    </div>
  )
}
