"use client"

import { useState } from "react"
import {
  facebookShareUrl,
  withShareSource,
  type ShareSource,
} from "@/lib/util/share-source"

export interface ShareLabels {
  share: string
  zalo: string
  facebook: string
  copy: string
  copied: string
  copiedForZalo: string
  copyFailed: string
}

const option =
  "inline-flex min-h-11 items-center justify-center rounded-full border border-leaf-200 bg-white px-4 text-sm font-semibold text-leaf-800 hover:bg-leaf-50"

/**
 * Shares the page's public address. Phones get their own share sheet (Web Share API), where
 * Zalo and Facebook already are. Without one, plain links: no Zalo or Facebook SDK is loaded.
 *
 * Zalo publishes no share address that works without its SDK (its share button needs
 * sp.zalo.me/plugins/sdk.js and an Official Account), so where there is no share sheet the
 * Zalo option copies the link for pasting into Zalo, still marked `src=zalo`.
 *
 * The share sheet does not say which app the shopper picked, so its link is marked `src=copy`:
 * a link handed on by hand, like a copied one, rather than a guess at Zalo.
 */
export default function ShareButton({
  url,
  title,
  labels,
}: {
  /** The page's canonical public URL, without `src`. */
  url: string
  title: string
  labels: ShareLabels
}) {
  const [open, setOpen] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const [manual, setManual] = useState<string | null>(null)

  async function share() {
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url: withShareSource(url, "copy") })
        return
      } catch (error) {
        // The shopper closed the sheet: nothing to do. Any other refusal offers the links.
        if (error instanceof DOMException && error.name === "AbortError") return
      }
    }
    setOpen((shown) => !shown)
  }

  async function copy(source: Extract<ShareSource, "zalo" | "copy">) {
    const link = withShareSource(url, source)
    try {
      await navigator.clipboard.writeText(link)
      setManual(null)
      setNotice(source === "zalo" ? labels.copiedForZalo : labels.copied)
    } catch {
      // No clipboard (plain http, an old browser): the link is shown to copy by hand.
      setManual(link)
      setNotice(labels.copyFailed)
    }
  }

  return (
    <div className="space-y-2" data-testid="share">
      <button
        type="button"
        onClick={share}
        aria-expanded={open}
        data-testid="share-button"
        className="inline-flex min-h-11 items-center gap-2 rounded-full border border-leaf-600 px-4 text-sm font-semibold text-leaf-700 hover:bg-leaf-50"
      >
        <span aria-hidden="true">↗</span>
        {labels.share}
      </button>
      {open && (
        <div className="flex flex-wrap gap-2" data-testid="share-options">
          <button
            type="button"
            onClick={() => copy("zalo")}
            className={option}
            data-testid="share-zalo"
          >
            {labels.zalo}
          </button>
          <a
            href={facebookShareUrl(url)}
            target="_blank"
            rel="noopener noreferrer"
            className={option}
            data-testid="share-facebook"
          >
            {labels.facebook}
          </a>
          <button
            type="button"
            onClick={() => copy("copy")}
            className={option}
            data-testid="share-copy"
          >
            {labels.copy}
          </button>
        </div>
      )}
      <p
        role="status"
        className="text-sm text-stone-700"
        data-testid="share-notice"
      >
        {notice}
      </p>
      {manual && (
        <input
          readOnly
          value={manual}
          onFocus={(event) => event.currentTarget.select()}
          aria-label={labels.copy}
          className="min-h-11 w-full rounded-lg border border-stone-300 px-3 text-sm"
        />
      )}
    </div>
  )
}
