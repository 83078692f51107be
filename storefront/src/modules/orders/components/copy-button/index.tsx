"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"

/** Copies a value a shopper would otherwise retype into their banking app. */
export default function CopyButton({
  value,
  testId,
}: {
  value: string
  testId: string
}) {
  const t = useTranslations("order")
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      data-testid={testId}
      onClick={async () => {
        await navigator.clipboard?.writeText(value)
        setCopied(true)
        setTimeout(() => setCopied(false), 2000)
      }}
      className="min-h-11 shrink-0 whitespace-nowrap rounded-full border border-leaf-600 px-3 text-sm font-semibold text-leaf-700 hover:bg-leaf-50"
    >
      {copied ? t("copied") : t("copy")}
    </button>
  )
}
