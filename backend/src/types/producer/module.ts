export const PRODUCER_KINDS = [
  "cooperative",
  "farm",
  "household",
  "enterprise",
] as const
export type ProducerKind = (typeof PRODUCER_KINDS)[number]

/** draft → submitted → verified → suspended; utils/producer-lifecycle.ts holds the moves. */
export const PRODUCER_STATUSES = [
  "draft",
  "submitted",
  "verified",
  "suspended",
] as const
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number]

/** How a producer agreed to be listed by a volunteer. */
export const CONSENT_METHODS = [
  "signed_form",
  "verbal_witnessed",
  "in_app",
] as const
export type ConsentMethod = (typeof CONSENT_METHODS)[number]

export type ProducerDTO = {
  id: string
  handle: string
  name: string
  kind: ProducerKind
  village: string | null
  ward: string | null
  province: string | null
  story_vi: string | null
  story_en: string | null
  phone: string
  status: ProducerStatus
  photos: string[] | null
  consent_given_by: string | null
  consent_method: ConsentMethod | null
  consent_at: Date | null
  onboarder_id: string | null
  created_at: Date
  updated_at: Date
}

export type CreateProducerDTO = {
  handle: string
  name: string
  kind: ProducerKind
  village?: string | null
  ward?: string | null
  province?: string | null
  story_vi?: string | null
  story_en?: string | null
  phone: string
  status?: ProducerStatus
  photos?: string[] | null
  consent_given_by?: string | null
  consent_method?: ConsentMethod | null
  consent_at?: Date | null
  onboarder_id?: string | null
}

export type UpdateProducerDTO = Partial<CreateProducerDTO> & { id: string }
