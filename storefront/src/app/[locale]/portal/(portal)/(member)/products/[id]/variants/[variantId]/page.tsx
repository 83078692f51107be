import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { getPortalProduct } from "@/lib/data/portal/products"
import VariantForm from "@/modules/portal/components/variant-form"
import ProductTaskTemplate from "@/modules/portal/templates/product-task-template"

type Props = {
  params: Promise<{ locale: string; id: string; variantId: string }>
}

export default async function PortalVariantPage({ params }: Props) {
  const { locale, id, variantId } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const product = await getPortalProduct(id, locale)
  const variant = product?.variants.find((v) => v.id === variantId)
  if (!product || !variant) notFound()
  return (
    <ProductTaskTemplate
      product={product}
      heading={variant.title}
      locale={locale}
    >
      <VariantForm productId={product.id} variant={variant} locale={locale} />
    </ProductTaskTemplate>
  )
}
