import { expect, type Locator, type Page } from "@playwright/test"
import { StorefrontPage, type Locale } from "./storefront-page"

/** The header's instant search box and the search page it opens. */
export class SearchPage extends StorefrontPage {
  readonly headerInput: Locator
  readonly headerSearchToggle: Locator
  readonly filterOpen: Locator
  readonly suggestions: Locator
  readonly hits: Locator
  readonly hitTitles: Locator
  readonly starsFacet: Locator
  readonly empty: Locator
  readonly count: Locator

  constructor(page: Page) {
    super(page)
    this.headerInput = page.getByRole("banner").getByTestId("search-input")
    this.headerSearchToggle = page.getByTestId("header-search-toggle")
    this.filterOpen = page.getByTestId("filter-open")
    this.suggestions = page.getByTestId("search-suggestion-option")
    this.hits = page.getByTestId("search-hit")
    this.hitTitles = page.getByTestId("search-hit-title")
    this.starsFacet = page.getByTestId("search-facet-stars")
    this.empty = page.getByTestId("search-empty")
    this.count = page.getByTestId("search-count")
  }

  async gotoHome(locale: Locale = "vi") {
    await this.page.goto(`/${locale}`)
    await expect(this.page.getByRole("banner")).toBeVisible()
  }

  async gotoResults(q: string, locale: Locale = "vi") {
    await this.page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`)
    await expect(this.count.or(this.empty).first()).toBeVisible()
  }

  /** Types like a person on a phone keyboard, so the debounced suggestions kick in. */
  async typeInHeader(text: string) {
    // On a phone the header shows a search button that opens the box, focused.
    if (await this.headerSearchToggle.isVisible()) {
      await this.headerSearchToggle.click()
      await expect(this.headerInput).toBeFocused()
    } else {
      await this.headerInput.click()
    }
    await this.headerInput.pressSequentially(text, { delay: 40 })
  }

  /** Picks "at least N stars", opening the filter sheet first on a phone. */
  async chooseStars(stars: number) {
    if (await this.filterOpen.isVisible()) await this.filterOpen.click()
    await this.starsOption(stars).click()
  }

  suggestion(handle: string): Locator {
    return this.page.locator(
      `[data-testid="search-suggestion-option"][data-handle="${handle}"]`
    )
  }

  /** The "at least N stars" option of the stars facet. */
  starsOption(stars: number): Locator {
    return this.starsFacet.locator(`a[data-value="${stars}"]`)
  }

  searchParam(name: string): string | null {
    return new URL(this.page.url()).searchParams.get(name)
  }
}
