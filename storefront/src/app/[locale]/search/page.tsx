import type { Metadata } from "next"
import { SearchResultsPage, searchMetadata } from "./search-results-page"

// Every query is its own page: rendered per request from the search engine's answer.
export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata((await params).locale)
}

export default async function SearchPage({ params, searchParams }: Props) {
  return (
    <SearchResultsPage
      locale={(await params).locale}
      query={await searchParams}
      inSeason={false}
    />
  )
}
