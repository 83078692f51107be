import { hasLocale } from "next-intl"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { routing } from "@/i18n/routing"
import { getPortalMe } from "@/lib/data/portal/session"
import PortalShell from "@/modules/portal/templates/portal-shell"

// A signed-out visitor is sent to the sign-in page from here, above the pages' loading
// states, so the redirect is a real one and not a page that streams and then moves.
export default async function PortalMemberLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const me = await getPortalMe(locale)
  return (
    <PortalShell me={me} locale={locale}>
      {children}
    </PortalShell>
  )
}
