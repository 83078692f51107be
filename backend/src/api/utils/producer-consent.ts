import type { ConsentMethod } from "../../types/producer/module"

/** The consent columns of a producer row, as both the admin and the wizard read them. */
type ConsentColumns = {
  consent_given_by?: string | null
  consent_method?: ConsentMethod | null
  consent_at?: Date | string | null
}

/** The consent record as one object, or null for producers registered without a volunteer. */
export function consentOf(producer: ConsentColumns) {
  return producer.consent_given_by
    ? {
        given_by: producer.consent_given_by,
        method: producer.consent_method ?? null,
        given_at: producer.consent_at
          ? new Date(producer.consent_at).toISOString()
          : null,
      }
    : null
}
