import {
  defineSearchIndex,
  graphConsume,
  graphSeed,
  search,
} from "@medusajs/framework/utils"
import { PRODUCT_SOURCE_FIELDS, toProductDocuments } from "./_product-documents"
import { READ_AT_FIELD, stampConsume, stampSeed } from "./_read-stamp"
import { PRODUCT_SYNONYMS } from "./_synonyms"
import {
  isProductDeletion,
  PRODUCT_INDEX_EVENTS,
  resolveProductIds,
} from "./_product-events"

/**
 * The shopper-facing product index. Vietnamese and English copies are separate
 * fields so both rank by their weight; `folded` carries the same words without marks so
 * "dau tay" finds "Dâu tây" on every engine. `status` and `sales_channel_ids` let
 * `POST /store/search` scope queries itself; visibility (verified producer, published
 * product) is decided when documents are built: an invisible product is not in the index.
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword().filterable(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  title: search.text().searchable({ weight: 3 }),
  title_en: search.text().searchable({ weight: 3 }),
  subtitle: search.text().searchable({ weight: 1.5 }),
  subtitle_en: search.text().searchable({ weight: 1.5 }),
  description: search.text().searchable({ weight: 1 }),
  description_en: search.text().searchable({ weight: 1 }),
  producer_name: search.text().searchable({ weight: 2 }),
  producer_handle: search.keyword().filterable().facetable(),
  village: search.text().searchable({ weight: 1 }),
  category_handles: search.keyword().array().filterable().facetable(),
  category_names: search.text().array().searchable({ weight: 2 }),
  tags: search
    .keyword()
    .array()
    .searchable({ weight: 1 })
    .filterable()
    .facetable(),
  ocop_stars: search
    .integer()
    .filterable()
    .sortable()
    .facetable({ types: ["value", "range"] }),
  price_min: search
    .integer()
    .filterable()
    .sortable()
    .facetable({ types: ["range", "stats"] }),
  thumbnail: search.keyword(),
  in_stock: search.boolean().filterable().facetable(),
  created_at: search.date().sortable(),
  // Breaks ties between equally relevant hits in favour of the shorter, closer title.
  title_length: search.integer().sortable().retrievable(false),
  folded: search.text().searchable({ weight: 2 }).retrievable(false),
  // When the data was read: an older read never overwrites a newer one (see _read-stamp.ts).
  [READ_AT_FIELD]: search.integer().filterable().retrievable(false),
})

const source = {
  fields: PRODUCT_SOURCE_FIELDS,
  transform: toProductDocuments,
}

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  settings: {
    typo_tolerance: {
      enabled: true,
      min_word_size_for_one_typo: 4,
      min_word_size_for_two_typos: 8,
    },
    provider_options: { meilisearch: { synonyms: PRODUCT_SYNONYMS } },
  },
  events: PRODUCT_INDEX_EVENTS,
  consume: stampConsume(
    graphConsume({
      ...source,
      resolve_ids: resolveProductIds,
      is_delete: isProductDeletion,
    })
  ),
  seed: stampSeed(graphSeed({ ...source, batch_size: 200 })),
})
