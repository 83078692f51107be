import { decodedSegment } from "./page-subject"

// The catalogue lists keep their public addresses (`/vi/products?category=rau-cu&page=2`), but
// Next caches whole pages by path only: the proxy (src/proxy.ts) rewrites each list address to
// an internal route whose path holds the filter and the page, and that route is cached once for
// every shopper.

/** Which product list: the whole catalogue, or what is in season. */
export type ProductListScope = "all" | "in-season"

export const PRODUCT_LIST_SCOPES: readonly ProductListScope[] = [
  "all",
  "in-season",
]

// The internal segment, served from a `%5Flist` folder: product and producer handles are slugs,
// which never begin with an underscore.
const INTERNAL_SEGMENT = "_list"

const PRODUCT_LIST = /^\/(vi|en)\/products(\/in-season)?\/?$/
const PRODUCER_LIST = /^\/(vi|en)\/producers\/?$/

/**
 * The page number a list address asks for. Anything but a positive whole number means the
 * first page, as the lists always did; a page past the end is answered 404 by the page itself.
 */
function pageNumber(search: URLSearchParams): number {
  const page = Number.parseInt(search.get("page") ?? "1", 10)
  return Number.isFinite(page) && page > 0 ? page : 1
}

/** The internal route a public list address is served from, or null for any other address. */
export function internalListPath(
  pathname: string,
  search: URLSearchParams
): string | null {
  const page = pageNumber(search)
  const products = PRODUCT_LIST.exec(pathname)
  if (products) {
    const scope: ProductListScope = products[2] ? "in-season" : "all"
    const category = search.get("category")?.normalize("NFC")
    const categorySegment = category ? `/${encodeURIComponent(category)}` : ""
    return `/${products[1]}/products/${INTERNAL_SEGMENT}/${scope}/${page}${categorySegment}`
  }
  const producers = PRODUCER_LIST.exec(pathname)
  if (producers) {
    return `/${producers[1]}/producers/${INTERNAL_SEGMENT}/${page}`
  }
  return null
}

// An internal route, with or without its locale (next-intl's usePathname drops it).
const INTERNAL_LIST =
  /^(\/(?:vi|en))?\/(products|producers)\/_list(?:\/([^/]*))?(?:\/([^/]*))?(?:\/([^/]*))?\/?$/

/**
 * The public address (path and query) an internal list route serves, or null for any other
 * path. A cached list page is rendered at its internal route, so a link that repeats the current
 * path (the language switch) names the internal route in the HTML; the proxy sends such a
 * request to the public address.
 */
export function publicListAddress(pathname: string): string | null {
  const internal = INTERNAL_LIST.exec(pathname)
  if (!internal) return null
  const [, locale = "", list, first, second, third] = internal
  const query = new URLSearchParams()
  let path: string
  if (list === "products") {
    path = first === "in-season" ? "/products/in-season" : "/products"
    if (third) query.set("category", decodedSegment(third) ?? third)
    if (second && second !== "1") query.set("page", second)
  } else {
    path = "/producers"
    if (first && first !== "1") query.set("page", first)
  }
  const search = query.toString()
  return `${locale}${path}${search ? `?${search}` : ""}`
}

/** The public path (without query) of a path as the app renders it. */
export function publicPathname(pathname: string): string {
  return publicListAddress(pathname)?.split("?")[0] ?? pathname
}
