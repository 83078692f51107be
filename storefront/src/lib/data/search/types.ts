// The search page's own shapes; only ./reshape.ts reads the Search Module's documents.

export interface SearchHit {
  id: string
  handle: string
  title: string
  producerName: string | null
  stars: number | null
  /** Lowest price in whole đồng. */
  price: number | null
  thumbnail: string | null
  inStock: boolean
}

export interface FacetValue {
  value: string
  count: number
}

export interface SearchResults {
  hits: SearchHit[]
  count: number
  page: number
  pageCount: number
  facets: {
    categories: FacetValue[]
    producers: FacetValue[]
    stars: FacetValue[]
  }
  /** True when the search engine could not answer: the page says so, browsing still works. */
  unavailable: boolean
}
