import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { getPortalProduct } from "@/lib/data/portal/products"
import ProductDetailsForm from "@/modules/portal/components/product-details-form"
import ProductTaskTemplate from "@/modules/portal/templates/product-task-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export default async function PortalProductDetailsPage({ params }: Props) {
  const { locale, id } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [product, t] = await Promise.all([
    getPortalProduct(id, locale),
    getTranslations({ locale, namespace: "portal.product" }),
  ])
  if (!product) notFound()
  return (
    <ProductTaskTemplate
      product={product}
      heading={t("details")}
      locale={locale}
    >
      <ProductDetailsForm product={product} locale={locale} />
    </ProductTaskTemplate>
  )
}
