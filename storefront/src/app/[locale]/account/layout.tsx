import type { Metadata } from "next"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { routing } from "@/i18n/routing"

// Every account page reads the shopper's cookie or answers their link: never cached.
export const dynamic = "force-dynamic"
// A shopper's account is nobody's search result.
export const metadata: Metadata = { robots: { index: false, follow: false } }

/** The account pages' client components get the account's messages and the shared "saving…". */
export default async function AccountLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const { account, common } = await getMessages({ locale })
  return (
    <NextIntlClientProvider locale={locale} messages={{ account, common }}>
      {children}
    </NextIntlClientProvider>
  )
}
