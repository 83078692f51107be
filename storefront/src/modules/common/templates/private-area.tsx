import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"
import { routing } from "@/i18n/routing"

/** A signed-in area is nobody's search result. */
export const privateAreaMetadata: Metadata = {
  robots: { index: false, follow: false },
}

/**
 * The layout of a signed-in area (the members' portal, the volunteers' onboarding): its client
 * components get only their own area's messages, not the whole shop's.
 */
export default async function PrivateArea({
  area,
  params,
  children,
}: {
  area: "portal" | "onboarding"
  params: Promise<{ locale: string }>
  children: ReactNode
}) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const messages = await getMessages({ locale })
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={
        // Both areas edit seasons with the same picker.
        area === "portal"
          ? { portal: messages.portal, season: messages.season }
          : { onboarding: messages.onboarding, season: messages.season }
      }
    >
      {children}
    </NextIntlClientProvider>
  )
}
