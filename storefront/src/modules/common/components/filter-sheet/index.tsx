"use client"

import { useEffect, useId, useRef, useState, type ReactNode } from "react"

export interface FilterSheetLabels {
  open: string
  title: string
  close: string
  done: string
}

/**
 * List filters that leave the first screen to the results on a phone: a "Filter" button and
 * the active filters as chips; the filters themselves open in a full-screen sheet. From `lg`
 * they sit beside the results and the button disappears. The filters stay in the page either
 * way (links that change the URL), so choosing one closes the sheet and loads the results.
 */
export default function FilterSheet({
  labels,
  activeCount,
  chips,
  children,
}: {
  labels: FilterSheetLabels
  activeCount: number
  chips: ReactNode
  children: ReactNode
}) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const sheetId = `${id}-sheet`
  const titleId = `${id}-title`
  const openButton = useRef<HTMLButtonElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    closeButton.current?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return
      setOpen(false)
      openButton.current?.focus()
    }
    document.addEventListener("keydown", onKey)
    return () => document.removeEventListener("keydown", onKey)
  }, [open])

  function close() {
    setOpen(false)
    openButton.current?.focus()
  }

  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <button
          ref={openButton}
          type="button"
          aria-expanded={open}
          aria-controls={sheetId}
          data-testid="filter-open"
          onClick={() => setOpen(true)}
          className="inline-flex min-h-11 items-center gap-2 rounded-full border border-leaf-300 bg-white px-4 font-semibold text-leaf-800 hover:bg-leaf-50 lg:hidden"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
            strokeLinecap="round"
            className="size-5"
          >
            <path d="M4 6h16M7 12h10M10 18h4" />
          </svg>
          {labels.open}
          {activeCount > 0 && (
            <span className="rounded-full bg-leaf-600 px-2 text-xs leading-5 text-white">
              {activeCount}
            </span>
          )}
        </button>
        {chips}
      </div>
      <div
        id={sheetId}
        role={open ? "dialog" : undefined}
        aria-modal={open || undefined}
        aria-labelledby={open ? titleId : undefined}
        data-testid="filter-sheet"
        data-open={open}
        // Choosing a filter is following a link: the sheet closes on its way to the results.
        onClick={(event) => {
          if ((event.target as Element).closest("a")) setOpen(false)
        }}
        className={`${
          open ? "fixed inset-0 z-40 flex flex-col bg-white" : "hidden"
        } lg:static lg:z-auto lg:mt-4 lg:block lg:bg-transparent`}
      >
        <div className="flex items-center justify-between gap-2 border-b border-leaf-100 py-1 pl-4 pr-1 lg:hidden">
          <h2 id={titleId} className="text-lg font-semibold text-leaf-900">
            {labels.title}
          </h2>
          <button
            ref={closeButton}
            type="button"
            aria-label={labels.close}
            onClick={close}
            className="inline-grid size-11 place-items-center rounded-full text-leaf-800 hover:bg-leaf-50"
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth={2}
              strokeLinecap="round"
              className="size-6"
            >
              <path d="M6 6l12 12M18 6 6 18" />
            </svg>
          </button>
        </div>
        <div className="flex-1 overflow-y-auto overscroll-contain p-4 lg:overflow-visible lg:p-0">
          {children}
        </div>
        <div className="border-t border-leaf-100 p-4 lg:hidden">
          <button
            type="button"
            onClick={close}
            className="min-h-11 w-full rounded-full bg-leaf-600 px-5 font-semibold text-white hover:bg-leaf-700"
          >
            {labels.done}
          </button>
        </div>
      </div>
    </div>
  )
}
