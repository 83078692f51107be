type Doc = Record<string, unknown>

/** Reads a dotted path (`variants.sku`) from a document. */
export const getPath = (document: Doc, path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === "object" ? (value as Doc)[key] : undefined,
      document
    )

/** Rewrites the value at a dotted path in place, when the document has it. */
export function mapPath(
  document: Doc,
  path: string,
  map: (value: unknown) => unknown
) {
  const keys = path.split(".")
  const last = keys.pop()!
  const parent = keys.length ? getPath(document, keys.join(".")) : document
  if (parent && typeof parent === "object" && last in parent) {
    const target = parent as Doc
    target[last] = map(target[last])
  }
}
