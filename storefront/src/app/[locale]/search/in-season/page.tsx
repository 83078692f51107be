import type { Metadata } from "next"
import { SearchResultsPage, searchMetadata } from "../search-results-page"

// The search narrowed to what the backend says is in season this month.
export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata((await params).locale)
}

export default async function InSeasonSearchPage({
  params,
  searchParams,
}: Props) {
  return (
    <SearchResultsPage
      locale={(await params).locale}
      query={await searchParams}
      inSeason
    />
  )
}
