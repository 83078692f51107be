import type { Metadata, ResolvingMetadata } from "next"
import {
  ProductsListPage,
  productsListPageMetadata,
  type ProductListParams,
} from "../../../products-list-page"

// `/products` and `/products/in-season`, any page, no category: the proxy rewrites those
// addresses here. Rendered on first request, then cached until the list's tag is revalidated.
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

export default async function ProductListRoute({ params }: Props) {
  return <ProductsListPage params={await params} />
}
