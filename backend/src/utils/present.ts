/**
 * The items of a list read through `query.graph`, without the nulls it leaves for relations
 * that point at deleted rows.
 */
export function present<T>(items: (T | null)[] | null | undefined): T[] {
  return (items ?? []).filter((item): item is T => !!item)
}
