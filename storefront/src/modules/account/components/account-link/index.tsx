"use client"

import { useSyncExternalStore } from "react"
import { Link, usePathname } from "@/i18n/navigation"

// Set beside the shopper's httpOnly token by the customer session (lib/data/shared/actor-session.ts).
const SIGNED_IN_HINT = "_xuan_tho_signed_in=1"

const noSubscription = () => () => {}
const signedInHere = () => document.cookie.split("; ").includes(SIGNED_IN_HINT)
// The header is cached for everyone: the server always renders the guest's link.
const signedOutOnServer = () => false

/**
 * The header's way into the account: "Đăng nhập" for a guest, "Tài khoản" once signed in. The
 * page is the same for everyone, so the browser decides from the readable hint cookie.
 */
export default function AccountLink({
  labels,
  className,
}: {
  labels: { signIn: string; account: string }
  className: string
}) {
  // Read again on every navigation: signing in or out moves to another page.
  usePathname()
  const signedIn = useSyncExternalStore(
    noSubscription,
    signedInHere,
    signedOutOnServer
  )
  return (
    <Link
      href={signedIn ? "/account" : "/account/sign-in"}
      data-testid="nav-account"
      data-signed-in={signedIn}
      className={className}
    >
      {signedIn ? labels.account : labels.signIn}
    </Link>
  )
}
