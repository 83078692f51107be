import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"
import { routing } from "@/i18n/routing"

// The volunteers' tool is private: never indexed, never cached; every page reads their cookie.
export const dynamic = "force-dynamic"
export const metadata: Metadata = { robots: { index: false, follow: false } }

export default async function OnboardingLayout({
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
      messages={{ onboarding: messages.onboarding }}
    >
      {children}
    </NextIntlClientProvider>
  )
}
