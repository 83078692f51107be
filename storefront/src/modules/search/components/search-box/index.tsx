"use client"

import { useEffect, useId, useRef, useState, useTransition } from "react"
import { useRouter } from "@/i18n/navigation"
import { suggestProducts } from "@/lib/data/search/queries"
import { type SearchHit } from "@/lib/data/search/types"
import { formatVnd } from "@/lib/util/money"

const DEBOUNCE_MS = 200

export interface SearchBoxLabels {
  label: string
  placeholder: string
  submit: string
  noSuggestions: string
  seeAll: string
  unavailable: string
}

/**
 * The header's instant search: an ARIA 1.2 combobox (arrow keys, Enter, Escape, tap) whose
 * suggestions come from the Search Module through a server action, debounced while typing.
 * Submitting (or "see all") opens the full search page.
 */
export default function SearchBox({
  locale,
  labels,
}: {
  locale: string
  labels: SearchBoxLabels
}) {
  const router = useRouter()
  const id = useId()
  const listId = `${id}-list`
  const [query, setQuery] = useState("")
  const [hits, setHits] = useState<SearchHit[]>([])
  const [unavailable, setUnavailable] = useState(false)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [pending, startTransition] = useTransition()
  const latest = useRef("")

  useEffect(() => {
    const q = query.trim()
    latest.current = q
    // An empty box hides the list; the last suggestions are simply not shown.
    if (!q) return
    const timer = setTimeout(() => {
      startTransition(async () => {
        const result = await suggestProducts(locale, q)
        // A slower answer to an older query must not replace a newer one.
        if (latest.current !== q) return
        setHits(result.hits)
        setUnavailable(result.unavailable)
        setActive(-1)
      })
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [query, locale])

  const goTo = (path: string) => {
    setOpen(false)
    router.push(path)
  }
  const searchAll = () =>
    goTo(
      query.trim() ? `/search?q=${encodeURIComponent(query.trim())}` : "/search"
    )

  const optionCount = hits.length + 1 // the hits, then "see all results"
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault()
      setOpen(true)
      setActive((current) => (current + 1) % optionCount)
    } else if (event.key === "ArrowUp") {
      event.preventDefault()
      setOpen(true)
      setActive((current) => (current <= 0 ? optionCount - 1 : current - 1))
    } else if (event.key === "Escape") {
      setOpen(false)
      setActive(-1)
    } else if (
      event.key === "Enter" &&
      open &&
      active >= 0 &&
      active < hits.length
    ) {
      event.preventDefault()
      goTo(`/products/${hits[active].handle}`)
    }
  }

  const showList = open && query.trim().length > 0
  return (
    <form
      role="search"
      className="relative w-full"
      onSubmit={(event) => {
        event.preventDefault()
        searchAll()
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        {labels.label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        enterKeyHint="search"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={
          showList && active >= 0 ? `${id}-option-${active}` : undefined
        }
        aria-busy={pending}
        placeholder={labels.placeholder}
        value={query}
        data-testid="search-input"
        onChange={(event) => {
          setQuery(event.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="w-full rounded-full border border-leaf-200 bg-white px-4 py-2 text-base sm:text-sm"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={labels.label}
        hidden={!showList}
        data-testid="search-suggestions"
        className="absolute left-0 right-0 top-full z-30 mt-1 max-h-96 overflow-y-auto rounded-2xl border border-leaf-100 bg-white py-1 shadow-lg"
      >
        {unavailable && (
          <li className="px-4 py-2 text-sm text-stone-600">
            {labels.unavailable}
          </li>
        )}
        {!unavailable && !pending && hits.length === 0 && (
          <li className="px-4 py-2 text-sm text-stone-600">
            {labels.noSuggestions}
          </li>
        )}
        {hits.map((hit, index) => (
          <li
            key={hit.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={active === index}
            data-testid="search-suggestion-option"
            data-handle={hit.handle}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => goTo(`/products/${hit.handle}`)}
            className={`flex cursor-pointer items-baseline justify-between gap-3 px-4 py-2 text-sm ${
              active === index ? "bg-leaf-50" : ""
            }`}
          >
            <span className="min-w-0">
              <span className="block truncate font-medium text-stone-900">
                {hit.title}
              </span>
              {hit.producerName && (
                <span className="block truncate text-xs text-stone-600">
                  {hit.producerName}
                </span>
              )}
            </span>
            {hit.price !== null && (
              <span className="shrink-0 font-semibold text-berry-600">
                {formatVnd(hit.price)}
              </span>
            )}
          </li>
        ))}
        <li
          id={`${id}-option-${hits.length}`}
          role="option"
          aria-selected={active === hits.length}
          onMouseDown={(event) => event.preventDefault()}
          onClick={searchAll}
          className={`cursor-pointer border-t border-leaf-50 px-4 py-2 text-sm font-semibold text-leaf-700 ${
            active === hits.length ? "bg-leaf-50" : ""
          }`}
        >
          {labels.seeAll.replace("{q}", query.trim())}
        </li>
      </ul>
    </form>
  )
}
