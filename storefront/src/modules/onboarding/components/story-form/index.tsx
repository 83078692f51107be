"use client"

import type { Locale } from "@/i18n/routing"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveStory } from "@/lib/data/onboarding/producers"
import { addProducerPhotos } from "@/lib/data/onboarding/products"
import type {
  OnboardingFormState,
  OnboardingProducer,
} from "@/lib/data/onboarding/types"
import FormStatus from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"
import { inputClass, labelClass, labelTextClass } from "../styles"

const initialState: OnboardingFormState = { status: "idle" }

/** Step 3 (recommended): photos upload on their own, so a dropped upload never loses the text. */
export default function StoryForm({
  producer,
  locale,
}: {
  producer: OnboardingProducer
  locale: Locale
}) {
  const t = useTranslations("onboarding")
  const [photoState, photoAction] = useActionState(
    addProducerPhotos,
    initialState
  )
  const [state, formAction] = useActionState(saveStory, initialState)
  return (
    <div className="space-y-6">
      <p className="text-base text-stone-700">{t("story.intro")}</p>
      <form
        action={photoAction}
        className="space-y-3 rounded-xl border border-stone-200 p-3"
        data-testid="story-photos-form"
      >
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="producerId" value={producer.id} />
        {producer.photos.map((photo) => (
          <input
            key={photo}
            type="hidden"
            name="existingPhotos"
            value={photo}
          />
        ))}
        <label className={labelClass}>
          <span className={labelTextClass}>{t("story.photos")}</span>
          <input
            name="photos"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            capture="environment"
            multiple
            className="block min-h-12 w-full text-base"
            data-testid="story-photos"
          />
        </label>
        <p className="text-sm text-stone-600" data-testid="story-photo-count">
          {t("story.photoCount", { count: producer.photos.length })}
        </p>
        <FormStatus area="onboarding" state={photoState} />
        <SubmitButton
          label={t("story.addPhotos")}
          testId="story-photos-submit"
        />
      </form>
      <form action={formAction} className="space-y-4" data-testid="story-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="producerId" value={producer.id} />
        <label className={labelClass}>
          <span className={labelTextClass}>{t("story.storyVi")}</span>
          <textarea
            name="story_vi"
            rows={4}
            defaultValue={producer.story_vi ?? ""}
            data-testid="story-vi"
            className={`${inputClass} py-2`}
          />
        </label>
        <label className={labelClass}>
          <span className={labelTextClass}>{t("story.storyEn")}</span>
          <textarea
            name="story_en"
            rows={3}
            defaultValue={producer.story_en ?? ""}
            data-testid="story-en"
            className={`${inputClass} py-2`}
          />
        </label>
        <FormStatus area="onboarding" state={state} />
        <SubmitButton label={t("actions.next")} testId="story-submit" />
      </form>
    </div>
  )
}
