"use client"

import { useEffect } from "react"
import {
  parseShareSource,
  SHARE_SOURCE_KEY,
  type ShareVisit as Visit,
} from "@/lib/util/share-source"

type Props =
  | { page: "home" | "list"; handle?: undefined }
  | { page: "product" | "producer"; handle: string }

/**
 * Counts a page opened from a shared link (`?src=zalo|fb|qr|copy`). The query is read here, in
 * the browser, so the page stays one cached copy for everyone instead of rendering per visit.
 */
export default function ShareVisit({ page, handle }: Props) {
  useEffect(() => {
    const address = new URL(window.location.href)
    const source = parseShareSource(address.searchParams.get("src"))
    if (!source) return
    const visit: Visit =
      page === "product" || page === "producer"
        ? { page, handle: handle ?? "", source }
        : { page, source }
    const body = JSON.stringify(visit)
    const queued = navigator.sendBeacon?.(
      "/api/share-visit",
      new Blob([body], { type: "application/json" })
    )
    if (!queued) {
      fetch("/api/share-visit", {
        method: "POST",
        body,
        headers: { "content-type": "application/json" },
        keepalive: true,
      }).catch(() => {
        // An uncounted visit costs the shopper nothing.
      })
    }
    try {
      // A later click to voso.vn / postmart.vn in this tab is credited to the same share.
      sessionStorage.setItem(SHARE_SOURCE_KEY, source)
    } catch {
      // Storage can be switched off; the visit is still counted.
    }
    // Reloading the page or copying its address from the bar must not count the share again.
    address.searchParams.delete("src")
    window.history.replaceState(window.history.state, "", address.toString())
  }, [page, handle])
  return null
}
