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
  "created_at",
  "updated_at",
]

export const adminProducerDetailFields = [
  ...adminProducerFields,
  "products.id",
  "products.title",
  "products.handle",
  "products.status",
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
