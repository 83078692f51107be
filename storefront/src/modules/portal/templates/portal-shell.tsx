import type { ReactNode } from "react"
import type { PortalMe } from "@/lib/data/portal/types"
import PortalNav from "../components/portal-nav"
import type { Locale } from "@/i18n/routing"

/** Every signed-in portal screen: the portal bar and a narrow, phone-first column. */
export default function PortalShell({
  me,
  locale,
  children,
}: {
  me: PortalMe
  locale: Locale
  children: ReactNode
}) {
  return (
    <div data-testid="portal">
      <PortalNav me={me} locale={locale} />
      <div className="mx-auto max-w-3xl px-4 py-6">{children}</div>
    </div>
  )
}
