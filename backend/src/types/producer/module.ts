export const PRODUCER_KINDS = [
  "cooperative",
  "farm",
  "household",
  "enterprise",
] as const
export type ProducerKind = (typeof PRODUCER_KINDS)[number]

/** draft → submitted → verified → suspended (DESIGN.md, Producer module). */
export const PRODUCER_STATUSES = [
  "draft",
  "submitted",
  "verified",
  "suspended",
] as const
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number]

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
}

export type UpdateProducerDTO = Partial<CreateProducerDTO> & { id: string }
