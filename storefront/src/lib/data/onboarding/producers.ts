"use server"

import { formFailure, localeOf, text } from "@/lib/data/shared/form-input"
import { redirect, unstable_rethrow } from "next/navigation"
import { listProvinces, listWards } from "@/lib/data/shared/addresses"
import { onboarderFetch } from "./fetch"
import { toOnboardingProducer } from "./reshape"
import type { OnboardingFormState, OnboardingProducer } from "./types"
import { statusOf } from "@/lib/data/shared/actor-session"

type Raw = Record<string, unknown>

const failure = (error: unknown, fields: string[]): OnboardingFormState =>
  formFailure(error, fields, { 403: "locked", 409: "locked" })

const stepPath = (locale: string, id: string, step: string) =>
  `/${locale}/onboarding/producers/${encodeURIComponent(id)}/${step}`

/** The producers this volunteer onboarded, newest first. */
export async function listMyProducers(
  locale: string
): Promise<OnboardingProducer[]> {
  const { producers } = await onboarderFetch<{ producers: Raw[] }>(
    "/onboarding/producers",
    { locale }
  )
  return producers.map(toOnboardingProducer)
}

/** One of the volunteer's producers, or null when it is not theirs (the backend answers 404). */
export async function getMyProducer(
  id: string,
  locale: string
): Promise<OnboardingProducer | null> {
  try {
    const { producer } = await onboarderFetch<{ producer: Raw }>(
      `/onboarding/producers/${encodeURIComponent(id)}`,
      { locale }
    )
    return toOnboardingProducer(producer)
  } catch (error) {
    unstable_rethrow(error)
    if (statusOf(error) === 404) return null
    throw error
  }
}

/** Step 1: creates the draft producer with its consent record, or updates its basics. */
export async function saveBasics(
  _previous: OnboardingFormState,
  formData: FormData
): Promise<OnboardingFormState> {
  const locale = localeOf(formData)
  const id = text(formData, "producerId")
  const body: Raw = {
    name: text(formData, "name"),
    kind: text(formData, "kind"),
    phone: text(formData, "phone"),
  }
  for (const field of ["name", "kind", "phone"]) {
    if (!body[field]) return { status: "error", reason: "invalid", field }
  }
  const givenBy = text(formData, "consent_given_by")
  const method = text(formData, "consent_method")
  if (!id || givenBy || method) {
    if (!givenBy || !method) {
      return { status: "error", reason: "invalid", field: "consent" }
    }
    body.consent = { given_by: givenBy, method }
  }
  let producerId = id
  try {
    const { producer } = await onboarderFetch<{ producer: Raw }>(
      id
        ? `/onboarding/producers/${encodeURIComponent(id)}`
        : "/onboarding/producers",
      { method: "POST", locale, body }
    )
    producerId = String(producer.id)
  } catch (error) {
    return failure(error, ["phone", "consent", "name", "kind"])
  }
  redirect(stepPath(locale, producerId, "place"))
}

/** Step 2: the province and ward by the names of the checkout's address dataset. */
export async function savePlace(
  _previous: OnboardingFormState,
  formData: FormData
): Promise<OnboardingFormState> {
  const locale = localeOf(formData)
  const id = text(formData, "producerId")
  const province = (await listProvinces()).find(
    (option) => option.code === text(formData, "province")
  )
  if (!province)
    return { status: "error", reason: "invalid", field: "province" }
  const ward = (await listWards(province.code)).find(
    (option) => option.code === text(formData, "ward")
  )
  if (!ward) return { status: "error", reason: "invalid", field: "ward" }
  try {
    await onboarderFetch(`/onboarding/producers/${encodeURIComponent(id)}`, {
      method: "POST",
      locale,
      body: {
        province: province.name,
        ward: ward.name,
        village: text(formData, "village") || null,
      },
    })
  } catch (error) {
    return failure(error, ["province", "ward", "village"])
  }
  redirect(stepPath(locale, id, "story"))
}

/** Step 3: the producer's story in both languages (recommended, never blocking). */
export async function saveStory(
  _previous: OnboardingFormState,
  formData: FormData
): Promise<OnboardingFormState> {
  const locale = localeOf(formData)
  const id = text(formData, "producerId")
  try {
    await onboarderFetch(`/onboarding/producers/${encodeURIComponent(id)}`, {
      method: "POST",
      locale,
      body: {
        story_vi: text(formData, "story_vi") || null,
        story_en: text(formData, "story_en") || null,
      },
    })
  } catch (error) {
    return failure(error, ["story_vi", "story_en"])
  }
  redirect(stepPath(locale, id, "products"))
}

/** Step 6: submits for an officer's verification, or lists what is still missing. */
export async function submitProducer(
  _previous: OnboardingFormState,
  formData: FormData
): Promise<OnboardingFormState> {
  const locale = localeOf(formData)
  const id = text(formData, "producerId")
  try {
    await onboarderFetch(
      `/onboarding/producers/${encodeURIComponent(id)}/submit`,
      { method: "POST", locale, body: {} }
    )
  } catch (error) {
    unstable_rethrow(error)
    if (statusOf(error) === 400) {
      return { status: "error", reason: "missing" }
    }
    return failure(error, [])
  }
  redirect(stepPath(locale, id, "invite"))
}
