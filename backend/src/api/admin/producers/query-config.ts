export const adminProducerFields = [
  "id",
  "handle",
  "name",
  "kind",
  "village",
  "ward",
  "province",
  "story_vi",
  "story_en",
  "phone",
  "status",
  "photos",
  "consent_given_by",
  "consent_method",
  "consent_at",
  "onboarder_id",
  "onboarder.id",
  "onboarder.name",
  "onboarder.team",
  "onboarder.village",
  "created_at",
  "updated_at",
]

export const adminProducerDetailFields = [
  ...adminProducerFields,
  "products.id",
  "products.title",
  "products.handle",
  "products.status",
  "products.thumbnail",
  "products.ocop_certificate.stars",
  "products.ocop_certificate.decision_number",
  "products.ocop_certificate.issuing_level",
  "products.ocop_certificate.issued_at",
  "products.ocop_certificate.expires_at",
  "products.ocop_certificate.image_url",
  "products.marketplace_listings.id",
  "products.marketplace_listings.marketplace",
  "products.marketplace_listings.url",
]

export const listAdminProducersQueryConfig = {
  defaults: adminProducerFields,
  isList: true,
  defaultLimit: 50,
}

export const retrieveAdminProducerQueryConfig = {
  defaults: adminProducerDetailFields,
  isList: false,
}
