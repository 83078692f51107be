import type { Metadata, ResolvingMetadata } from "next"
import {
  ProductsListPage,
  productsListPageMetadata,
  type ProductListParams,
} from "../../../../products-list-page"

// A product list narrowed to a category (`?category=`): the proxy rewrites those addresses
// here. Rendered on first request, then cached until the category list's tag is revalidated.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<ProductListParams> }

export async function generateMetadata(
  { params }: Props,
  parent: ResolvingMetadata
): Promise<Metadata> {
  return productsListPageMetadata(await params, parent)
}

export default async function CategoryListRoute({ params }: Props) {
  return <ProductsListPage params={await params} />
}
