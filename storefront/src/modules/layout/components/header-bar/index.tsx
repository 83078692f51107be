"use client"

import { useEffect, useId, useRef, useState } from "react"
import { flushSync } from "react-dom"
import { Link, usePathname } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import AccountLink from "@/modules/account/components/account-link"
import SearchBox, {
  type SearchBoxLabels,
} from "@/modules/search/components/search-box"
import LanguageSwitch from "../language-switch"

type Panel = "menu" | "search"

export interface HeaderLabels {
  brand: string
  brandShort: string
  sections: { products: string; producers: string; portal: string }
  /** The shopper's account link: a guest signs in, a signed-in shopper opens the account. */
  account: { signIn: string; account: string }
  sectionsLabel: string
  cart: string
  languageSwitch: string
  languages: Record<Locale, string>
  openMenu: string
  closeMenu: string
  openSearch: string
  closeSearch: string
  search: SearchBoxLabels
}

const SECTIONS = [
  { key: "products", href: "/products" },
  { key: "producers", href: "/producers" },
  { key: "portal", href: "/portal" },
] as const

const sectionClass =
  "flex min-h-11 items-center whitespace-nowrap rounded-xl px-3 text-base font-medium text-stone-700 hover:bg-leaf-50 hover:text-leaf-800 lg:rounded-full lg:text-sm"

const toggleClass =
  "inline-grid size-11 shrink-0 place-items-center rounded-full text-leaf-800 hover:bg-leaf-50 aria-expanded:bg-leaf-100"

/**
 * The header's one line on a phone: the brand, then buttons that open the search box and the
 * site's sections below the bar. From `sm` the search box sits in the line; from `lg` the
 * sections do too and the buttons disappear. Each link is rendered once, so it keeps a single
 * test id at every width. A client component as a whole: pages carry only its words.
 */
export default function HeaderBar({
  locale,
  labels,
}: {
  locale: Locale
  labels: HeaderLabels
}) {
  const pathname = usePathname()
  // Remembered with the page it was opened on: following a link closes the panel by itself.
  const [opened, setOpened] = useState<{ panel: Panel; on: string } | null>(
    null
  )
  const open = opened?.on === pathname ? opened.panel : null
  const barRef = useRef<HTMLDivElement>(null)
  const searchRef = useRef<HTMLDivElement>(null)
  const id = useId()
  const searchId = `${id}-search`
  const sectionsId = `${id}-sections`

  useEffect(() => {
    if (!open) return
    const close = (event: Event) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === "Escape"
          : !barRef.current?.contains(event.target as Node)
      ) {
        setOpened(null)
      }
    }
    document.addEventListener("keydown", close)
    document.addEventListener("pointerdown", close)
    return () => {
      document.removeEventListener("keydown", close)
      document.removeEventListener("pointerdown", close)
    }
  }, [open])

  const toggle = (panel: Panel) => {
    // Rendered before focusing, so the phone keyboard opens within the same tap.
    flushSync(() => setOpened(open === panel ? null : { panel, on: pathname }))
    if (panel === "search" && open !== "search") {
      searchRef.current?.querySelector("input")?.focus()
    }
  }

  const panelClass = (panel: Panel) =>
    `${open === panel ? "block" : "hidden"} absolute inset-x-0 top-full border-b border-leaf-100 bg-white px-3 py-3 shadow-lg`

  return (
    <div
      ref={barRef}
      className="relative mx-auto flex max-w-6xl items-center gap-1 px-3 py-2 sm:gap-3 sm:px-4"
    >
      <div className="mr-auto flex min-w-0 sm:mr-0">
        <Link
          href="/"
          data-testid="nav-home"
          className="flex min-h-11 min-w-0 items-center gap-2 text-leaf-800"
        >
          <span
            aria-hidden="true"
            className="grid size-9 shrink-0 place-items-center rounded-full bg-leaf-600 text-lg text-white"
          >
            ✿
          </span>
          <span className="truncate text-lg font-bold leading-tight">
            <span className="sm:hidden">{labels.brandShort}</span>
            <span className="hidden sm:inline">{labels.brand}</span>
          </span>
        </Link>
      </div>
      <div
        ref={searchRef}
        id={searchId}
        // A search sent from the phone's panel closes it, even when the results page is already open.
        onSubmit={() => setOpened(null)}
        className={`${panelClass("search")} sm:static sm:block sm:min-w-0 sm:flex-1 sm:border-0 sm:bg-transparent sm:p-0 sm:shadow-none lg:max-w-sm`}
      >
        <SearchBox locale={locale} labels={labels.search} />
      </div>
      <button
        type="button"
        aria-expanded={open === "search"}
        aria-controls={searchId}
        aria-label={open === "search" ? labels.closeSearch : labels.openSearch}
        data-testid="header-search-toggle"
        onClick={() => toggle("search")}
        className={`${toggleClass} sm:hidden`}
      >
        {open === "search" ? <CloseIcon /> : <SearchIcon />}
      </button>
      <div
        id={sectionsId}
        className={`${panelClass("menu")} lg:static lg:ml-auto lg:block lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none`}
      >
        <nav
          aria-label={labels.sectionsLabel}
          className="flex flex-col gap-1 lg:flex-row lg:items-center"
        >
          <ul className="flex flex-col gap-1 lg:flex-row">
            {SECTIONS.map((section) => (
              <li key={section.key}>
                <Link
                  href={section.href}
                  data-testid={`nav-${section.key}`}
                  className={sectionClass}
                >
                  {labels.sections[section.key]}
                </Link>
              </li>
            ))}
            <li>
              <AccountLink labels={labels.account} className={sectionClass} />
            </li>
          </ul>
          <div className="border-t border-leaf-100 pt-2 lg:border-0 lg:pt-0">
            <LanguageSwitch
              locale={locale}
              title={labels.languageSwitch}
              labels={labels.languages}
            />
          </div>
        </nav>
      </div>
      <Link
        href="/cart"
        data-testid="nav-cart"
        className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-2 rounded-full px-2 text-leaf-800 hover:bg-leaf-50 lg:px-3"
      >
        <CartIcon />
        <span className="sr-only text-sm font-medium lg:not-sr-only">
          {labels.cart}
        </span>
      </Link>
      <button
        type="button"
        aria-expanded={open === "menu"}
        aria-controls={sectionsId}
        aria-label={open === "menu" ? labels.closeMenu : labels.openMenu}
        data-testid="header-menu-toggle"
        onClick={() => toggle("menu")}
        className={`${toggleClass} lg:hidden`}
      >
        {open === "menu" ? <CloseIcon /> : <MenuIcon />}
      </button>
    </div>
  )
}

const iconProps = {
  "aria-hidden": true,
  viewBox: "0 0 24 24",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 2,
  strokeLinecap: "round",
  strokeLinejoin: "round",
  className: "size-6",
} as const

function SearchIcon() {
  return (
    <svg {...iconProps}>
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </svg>
  )
}

function CartIcon() {
  return (
    <svg {...iconProps}>
      <path d="M3 4h2l2.4 11.2a1 1 0 0 0 1 .8h9.2a1 1 0 0 0 1-.8L21 8H6.2" />
      <circle cx="9.5" cy="20" r="1.2" />
      <circle cx="17.5" cy="20" r="1.2" />
    </svg>
  )
}

function MenuIcon() {
  return (
    <svg {...iconProps}>
      <path d="M4 6h16M4 12h16M4 18h16" />
    </svg>
  )
}

function CloseIcon() {
  return (
    <svg {...iconProps}>
      <path d="M6 6l12 12M18 6 6 18" />
    </svg>
  )
}
