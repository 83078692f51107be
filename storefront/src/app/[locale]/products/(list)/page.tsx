import type { Metadata } from "next"
import { ProductsListPage, productsListMetadata } from "./products-list-page"

// Filters and pages come from the query string, so the page renders per request;
// its reads still come from the tagged data cache, not from the backend.
export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return productsListMetadata((await params).locale, false)
}

export default async function ProductsPage({ params, searchParams }: Props) {
  return (
    <ProductsListPage
      locale={(await params).locale}
      query={await searchParams}
      inSeason={false}
    />
  )
}
