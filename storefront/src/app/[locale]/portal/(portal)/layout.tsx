import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"
import { routing } from "@/i18n/routing"

// The portal is private to members: never indexed, never cached. Every page reads the member's
// cookie, so it renders per request (the locale layout would otherwise try to render statically).
export const dynamic = "force-dynamic"
export const metadata: Metadata = { robots: { index: false, follow: false } }

export default async function PortalLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const messages = await getMessages({ locale })
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={{ portal: messages.portal }}
    >
      {children}
    </NextIntlClientProvider>
  )
}
