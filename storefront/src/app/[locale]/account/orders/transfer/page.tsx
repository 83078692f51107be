import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import TransferTemplate from "@/modules/account/templates/transfer-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "account.transfer" })
  return { title: t("title") }
}

const single = (value: string | string[] | undefined): string =>
  typeof value === "string" ? value : ""

/** Opened from the email the backend sends to the order's address (`?order=&token=`). */
export default async function OrderTransferPage({
  params,
  searchParams,
}: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const query = await searchParams
  return (
    <TransferTemplate
      orderId={single(query.order)}
      token={single(query.token)}
      locale={locale}
    />
  )
}
