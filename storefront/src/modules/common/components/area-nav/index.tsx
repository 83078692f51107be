import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { ACTOR_AREA, type Actor } from "@/lib/data/shared/actor-session"
import { signOut } from "@/lib/data/shared/sign-in"

const linkClass =
  "flex min-h-12 items-center rounded-xl px-4 text-base font-semibold text-leaf-800 hover:bg-leaf-50"

/**
 * A signed-in area's bar: optional words about who is signed in, the area's places, then
 * signing out. Test ids carry the area's name ("portal-nav-orders", "onboarding-sign-out").
 */
export default function AreaNav({
  actor,
  locale,
  label,
  links,
  signOutLabel,
  lead,
}: {
  actor: Actor
  locale: Locale
  label: string
  links: { key: string; href: string; label: string }[]
  signOutLabel: string
  lead?: ReactNode
}) {
  const area = ACTOR_AREA[actor]
  return (
    <nav
      aria-label={label}
      className="border-b border-leaf-100 bg-white"
      data-testid={`${area}-nav`}
    >
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-1 px-2 py-1">
        {lead}
        {links.map((link) => (
          <Link
            key={link.key}
            href={link.href}
            className={linkClass}
            data-testid={`${area}-nav-${link.key}`}
          >
            {link.label}
          </Link>
        ))}
        <form action={signOut.bind(null, actor)} className="ml-auto">
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            className="min-h-12 rounded-xl px-4 text-base text-stone-600 hover:bg-stone-100"
            data-testid={`${area}-sign-out`}
          >
            {signOutLabel}
          </button>
        </form>
      </div>
    </nav>
  )
}
