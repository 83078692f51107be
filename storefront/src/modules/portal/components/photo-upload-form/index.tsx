"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState, type ChangeEvent } from "react"
import type { Locale } from "@/i18n/routing"
import { uploadProductPhoto } from "@/lib/data/portal/photos"
import type { PortalFormState } from "@/lib/data/portal/types"
import { shrinkPhoto } from "@/lib/util/shrink-photo"
import FormStatus from "@/modules/common/components/form-status"

const initialState: PortalFormState = { status: "idle" }
const choiceClass =
  "flex min-h-14 cursor-pointer items-center justify-center rounded-2xl border-2 border-dashed border-leaf-300 bg-white px-4 text-lg font-semibold text-leaf-800 focus-within:ring-2 focus-within:ring-leaf-500"

/**
 * Take a photo with the back camera (or pick one), see it, then upload it. The photo is shrunk
 * in the browser first so that a phone on 3G sends a few hundred kB instead of several MB.
 */
export default function PhotoUploadForm({
  productId,
  locale,
}: {
  productId: string
  locale: Locale
}) {
  const t = useTranslations("portal.photos")
  const [state, formAction, pending] = useActionState(
    uploadProductPhoto,
    initialState
  )
  const [chosen, setChosen] = useState<{ file: File; preview: string } | null>(
    null
  )

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const original = event.target.files?.[0]
    event.target.value = ""
    if (!original) return
    const file = await shrinkPhoto(original)
    if (chosen) URL.revokeObjectURL(chosen.preview)
    setChosen({ file, preview: URL.createObjectURL(file) })
  }

  const discard = () => {
    if (chosen) URL.revokeObjectURL(chosen.preview)
    setChosen(null)
  }

  const submit = (formData: FormData) => {
    if (!chosen) return
    formData.set("file", chosen.file)
    discard()
    formAction(formData)
  }

  return (
    <form action={submit} className="space-y-3" data-testid="portal-photo-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="productId" value={productId} />
      {chosen ? (
        <div className="space-y-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a local blob preview, not a served image */}
          <img
            src={chosen.preview}
            alt={t("preview")}
            className="aspect-square w-full rounded-2xl object-cover"
            data-testid="portal-photo-preview"
          />
          <button
            type="submit"
            className="min-h-12 w-full rounded-xl bg-leaf-700 px-4 py-3 text-lg font-semibold text-white hover:bg-leaf-800"
            data-testid="portal-photo-upload"
          >
            {t("upload")}
          </button>
          <button
            type="button"
            onClick={discard}
            className="min-h-12 w-full rounded-xl border border-stone-300 px-4 text-base"
          >
            {t("discard")}
          </button>
        </div>
      ) : (
        <div className="grid gap-3">
          <label className={choiceClass}>
            {t("takePhoto")}
            <input
              type="file"
              accept="image/*"
              capture="environment"
              onChange={choose}
              className="sr-only"
              data-testid="portal-photo-camera"
            />
          </label>
          <label className={choiceClass}>
            {t("choosePhoto")}
            <input
              type="file"
              accept="image/*"
              onChange={choose}
              className="sr-only"
              data-testid="portal-photo-file"
            />
          </label>
        </div>
      )}
      {pending ? (
        <p role="status" className="text-base text-stone-700">
          {t("uploading")}
        </p>
      ) : (
        <FormStatus area="portal" state={state} savedMessage={t("uploaded")} />
      )}
    </form>
  )
}
