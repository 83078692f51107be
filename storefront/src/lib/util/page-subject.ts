// Which pages can be missing, read from the address alone: a product or producer by handle, a
// product list by category handle, an order by id. The proxy asks the backend about these
// before the page renders (src/proxy.ts).

export type PageSubject =
  | { kind: "product" | "producer" | "category"; handle: string }
  | { kind: "order"; id: string }

const SUBJECT_PATH = /^\/(?:vi|en)\/(products|producers|orders)\/([^/]+)\/?$/
// The product list, also narrowed to what is in season: /products/in-season is a list, not
// the product with the handle "in-season".
const PRODUCT_LIST_PATH = /^\/(?:vi|en)\/products(?:\/in-season)?\/?$/
// The lists' share cards (opengraph-image.tsx beside a route group's page) are served at
// /products/opengraph-image-<suffix>: an image route, not a product page.
const SHARE_CARD_ROUTE = /^(?:opengraph|twitter)-image(?:-[a-z0-9]+)?$/

/**
 * A path segment as the handle it names, or null when it is not valid percent-encoding. Route
 * params arrive percent-encoded ("d%C3%A2u"); handles made in Medusa Admin keep marks.
 */
export function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment).normalize("NFC")
  } catch {
    return null
  }
}

export function pageSubject(
  pathname: string,
  search: URLSearchParams
): PageSubject | null {
  const match = PRODUCT_LIST_PATH.test(pathname)
    ? null
    : SUBJECT_PATH.exec(pathname)
  if (match) {
    const value = decodedSegment(match[2])
    if (!value || SHARE_CARD_ROUTE.test(value)) return null
    if (match[1] === "orders") return { kind: "order", id: value }
    return {
      kind: match[1] === "products" ? "product" : "producer",
      handle: value,
    }
  }
  const category = search.get("category")
  if (category && PRODUCT_LIST_PATH.test(pathname)) {
    return { kind: "category", handle: category.normalize("NFC") }
  }
  return null
}
