/** What shoppers see of a producer (no internal timestamps). */
export const storeProducerFields = [
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
]

export const storeProducerProductFields = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
]

export const listStoreProducersQueryConfig = {
  defaults: storeProducerFields,
  isList: true,
  defaultLimit: 20,
}

export const retrieveStoreProducerQueryConfig = {
  defaults: storeProducerFields,
  isList: false,
}
