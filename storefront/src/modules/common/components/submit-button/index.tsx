"use client"

import { useTranslations } from "next-intl"
import { useFormStatus } from "react-dom"

/** A full-width button a thumb cannot miss; says "saving…" while the form is on its way. */
export default function SubmitButton({
  label,
  testId,
}: {
  label: string
  testId: string
}) {
  const t = useTranslations("common")
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      disabled={pending}
      data-testid={testId}
      className="min-h-12 w-full rounded-xl bg-leaf-700 px-4 py-3 text-lg font-semibold text-white hover:bg-leaf-800 disabled:opacity-60"
    >
      {pending ? t("saving") : label}
    </button>
  )
}
