"use client"

import type { AnchorHTMLAttributes, SyntheticEvent } from "react"
import {
  linkOutHref,
  parseShareSource,
  SHARE_SOURCE_KEY,
} from "@/lib/util/share-source"

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }

function storedSource() {
  try {
    return parseShareSource(sessionStorage.getItem(SHARE_SOURCE_KEY))
  } catch {
    return null
  }
}

/**
 * A link out to a marketplace that carries the shared link this visit began at (`?src=`), so
 * the click is credited to it. The address is only changed as the shopper reaches for the link:
 * the rendered page stays the same for everyone.
 */
export default function SourcedLink({ href, children, ...rest }: Props) {
  const withSource = (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = linkOutHref(href, storedSource())
  }
  return (
    <a
      {...rest}
      href={href}
      onPointerDown={withSource}
      onKeyDown={withSource}
      onClick={withSource}
    >
      {children}
    </a>
  )
}
