import { Link } from "@/i18n/navigation"

export interface ActiveFilter {
  /** Which filter it is ("category", "stars"…), for tests and keys. */
  name: string
  label: string
  /** The same list without this filter. */
  href: {
    pathname:
      "/search" | "/search/in-season" | "/products" | "/products/in-season"
    query: Record<string, string>
  }
}

/** The filters in force, each a chip that removes itself. */
export default function FilterChips({
  filters,
  removeLabel,
}: {
  filters: ActiveFilter[]
  /** "Remove filter: {label}", read by screen readers for each chip. */
  removeLabel: (label: string) => string
}) {
  if (!filters.length) return null
  return (
    <ul className="flex min-w-0 flex-wrap gap-2">
      {filters.map((filter) => (
        <li key={filter.name} className="min-w-0">
          <Link
            href={filter.href}
            aria-label={removeLabel(filter.label)}
            data-testid="active-filter"
            data-filter={filter.name}
            className="inline-flex min-h-11 max-w-full items-center gap-2 rounded-full bg-leaf-600 pl-4 pr-3 text-sm font-medium text-white hover:bg-leaf-700"
          >
            <span className="truncate">{filter.label}</span>
            <span aria-hidden="true" className="text-base leading-none">
              ✕
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
