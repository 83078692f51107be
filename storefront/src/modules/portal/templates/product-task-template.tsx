import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import type { PortalProduct } from "@/lib/data/portal/types"
import BackLink from "../components/back-link"
import type { Locale } from "@/i18n/routing"

/** The frame of every single-task screen: back to the product, the task's name, the form. */
export default async function ProductTaskTemplate({
  product,
  heading,
  locale,
  children,
}: {
  product: PortalProduct
  heading: string
  locale: Locale
  children: ReactNode
}) {
  const t = await getTranslations({ locale, namespace: "portal.product" })
  return (
    <div className="space-y-5">
      <BackLink
        href={`/portal/products/${product.id}`}
        label={t("backToProduct")}
      />
      <header>
        <p className="text-base text-stone-600">{product.title}</p>
        <h1 className="text-2xl font-bold text-leaf-800">{heading}</h1>
      </header>
      {children}
    </div>
  )
}
