import { portalProductFields } from "../producer/query-config"

/** What a volunteer sees of a producer it onboarded. */
export const onboardingProducerFields = [
  "id",
  "handle",
  "name",
  "kind",
  "phone",
  "village",
  "ward",
  "province",
  "story_vi",
  "story_en",
  "photos",
  "status",
  "consent_given_by",
  "consent_method",
  "consent_at",
  "onboarder_id",
  "created_at",
  "updated_at",
]

/** The portal's product fields plus the whole certificate, which the wizard edits. */
export const onboardingProductFields = [
  ...portalProductFields,
  "ocop_certificate.issuing_level",
  "ocop_certificate.issued_at",
  "ocop_certificate.image_url",
]
