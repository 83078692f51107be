import type { Metadata } from "next"
import { ProductsListPage, productsListMetadata } from "../products-list-page"

// The product list narrowed to what the backend says is in season this month. Rendered per
// request like the list (category and page come from the query string); its reads come from
// the data cache, tagged `in-season` for the backend's revalidation when a month begins.
export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return productsListMetadata((await params).locale, true)
}

export default async function InSeasonProductsPage({
  params,
  searchParams,
}: Props) {
  return (
    <ProductsListPage
      locale={(await params).locale}
      query={await searchParams}
      inSeason
    />
  )
}
