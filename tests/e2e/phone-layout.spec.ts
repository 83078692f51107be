import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "./fixtures"
import type { PageArea, SitePage } from "./pages/all-pages"
import { PageTour } from "./pages/page-tour"
import { PHONE_ONLY } from "./tags"

// The smallest phone shoppers and producers use: 360 × 740 CSS pixels.
const PHONE = { width: 360, height: 740 }
// Where the first screen ends, less a margin for the browser's own bars.
const FIRST_SCREEN = 700
const TOUCH_TARGET = 44

test.use({ viewport: PHONE })

interface Layout {
  /** Elements whose right edge is past the screen's. */
  pastTheEdge: string[]
  /** Elements wider than the box they sit in: a button out of its card. */
  outOfTheirBox: string[]
  /** `overflow-x` of html and body: hiding overflow there would only hide these. */
  rootOverflow: string[]
  headerHeight: number
  /** Header links and buttons whose words take more than one line. */
  wrappedInHeader: string[]
  /** Header links and buttons smaller than a fingertip. */
  smallInHeader: string[]
  /** Top of the first result of a list, from the top of the page. */
  firstResultTop: number | null
}

function measure(page: Page, firstResult: string | undefined) {
  return page.evaluate(
    ({ width, firstResult, touch }) => {
      const describe = (element: Element) => {
        const testId = element.getAttribute("data-testid")
        const text = (element.textContent ?? "").trim().slice(0, 30)
        return `<${element.tagName.toLowerCase()}${testId ? ` data-testid="${testId}"` : ""}> "${text}"`
      }
      const shown = (element: Element) => {
        const box = element.getBoundingClientRect()
        return box.width > 0 && box.height > 0
      }
      const pastTheEdge: string[] = []
      const outOfTheirBox: string[] = []
      for (const element of document.body.querySelectorAll("*")) {
        if (!shown(element)) continue
        const box = element.getBoundingClientRect()
        if (box.right > width + 0.5) {
          pastTheEdge.push(
            `${describe(element)} ends at ${Math.round(box.right)} px`
          )
        }
        // The box it sits in: a `display: contents` wrapper has none of its own.
        let parent = element.parentElement
        while (parent && getComputedStyle(parent).display === "contents") {
          parent = parent.parentElement
        }
        if (
          parent &&
          parent !== document.body &&
          getComputedStyle(parent).overflowX === "visible" &&
          box.right > parent.getBoundingClientRect().right + 1
        ) {
          outOfTheirBox.push(
            `${describe(element)} sticks out of ${describe(parent)}`
          )
        }
      }
      const header = document.querySelector("header")
      // The lines the longest of a control's words take; hidden and screen-reader-only text
      // (a 1 px box) does not count.
      const lines = (element: Element) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
        let most = 0
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange()
          range.selectNodeContents(node)
          const tops = new Set(
            [...range.getClientRects()]
              .filter((rect) => rect.width > 1 && rect.height > 1)
              .map((rect) => Math.round(rect.top))
          )
          most = Math.max(most, tops.size)
        }
        return most
      }
      // Visually hidden ones (the skip link, 1 px until focused) are not targets yet.
      const controls = [
        ...(header?.querySelectorAll("a, button") ?? []),
      ].filter((control) => {
        const box = control.getBoundingClientRect()
        return box.width > 1 && box.height > 1
      })
      const first = firstResult
        ? document.querySelector(`[data-testid="${firstResult}"]`)
        : null
      return {
        pastTheEdge,
        outOfTheirBox,
        rootOverflow: [document.documentElement, document.body]
          .map(
            (element) =>
              `${element.tagName.toLowerCase()}: ${getComputedStyle(element).overflowX}`
          )
          .filter((value) => /hidden|clip/.test(value)),
        headerHeight: header?.getBoundingClientRect().height ?? 0,
        wrappedInHeader: controls.filter((c) => lines(c) > 1).map(describe),
        smallInHeader: controls
          .filter((control) => {
            const box = control.getBoundingClientRect()
            return box.width < touch || box.height < touch
          })
          .map(describe),
        firstResultTop: first
          ? first.getBoundingClientRect().top + window.scrollY
          : null,
      }
    },
    { width: PHONE.width, firstResult, touch: TOUCH_TARGET }
  ) as Promise<Layout>
}

function expectPhoneLayout(layout: Layout, path: string, site: SitePage) {
  expect(layout.pastTheEdge, `${path}: nothing past the right edge`).toEqual([])
  expect(layout.outOfTheirBox, `${path}: nothing out of its box`).toEqual([])
  expect(
    layout.rootOverflow,
    `${path}: html and body do not hide overflow`
  ).toEqual([])
  expect(layout.wrappedInHeader, `${path}: header on one line`).toEqual([])
  expect(layout.headerHeight, `${path}: header height`).toBeLessThanOrEqual(64)
  expect(layout.smallInHeader, `${path}: header targets of 44 px`).toEqual([])
  if (site.firstResult) {
    expect(
      layout.firstResultTop,
      `${path}: first result on the first screen`
    ).not.toBeNull()
    expect(
      layout.firstResultTop!,
      `${path}: first result on the first screen`
    ).toBeLessThan(FIRST_SCREEN)
  }
}

// What a person using a screen reader, a keyboard or a large text size cannot get past.
const BLOCKING_IMPACTS = new Set(["serious", "critical"])

/** Every serious or critical axe violation on the page, one line each with where it is. */
async function accessibilityViolations(page: Page, path: string) {
  // Only violations: collecting every passing node's details would double axe's time.
  const { violations } = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"] })
    .analyze()
  return violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${path}: ${violation.id} (${violation.impact}) at ${node.target.join(" ")}: ${node.failureSummary?.split("\n").slice(1).join(" ").trim()}`
      )
    )
}

// Two halves of the one page list, so both workers share the sweep.
const HALVES: { who: string; areas: PageArea[] }[] = [
  { who: "shoppers' (public, cart and checkout)", areas: ["public"] },
  { who: "members' and volunteers'", areas: ["portal", "onboarding"] },
]

test.describe.configure({ mode: "parallel" })

for (const { who, areas } of HALVES) {
  test(
    `every one of the ${who} pages fits a 360 px phone and has no serious accessibility violation, in Vietnamese and English`,
    PHONE_ONLY,
    async ({ page }) => {
      // About forty pages, and an order placed or a producer registered on the way.
      test.setTimeout(600_000)
      const tour = new PageTour(page)
      let pages = 0
      let axeMs = 0
      const inaccessible: string[] = []

      await tour.walk(async ({ site, path }) => {
        pages += 1
        const started = Date.now()
        inaccessible.push(...(await accessibilityViolations(page, path)))
        axeMs += Date.now() - started
        expectPhoneLayout(await measure(page, site.firstResult), path, site)
        if (site.firstResult === "search-hit") {
          // The filters wait behind the "Filter" button, still in the page.
          await expect(page.getByTestId("search-facet-stars")).toBeAttached()
          await expect(page.getByTestId("search-facet-stars")).toBeHidden()
        }
      }, areas)

      // Gathered over the whole tour, so one run names every page that needs work.
      expect(inaccessible, "serious or critical axe violations").toEqual([])
      test.info().annotations.push({
        type: "pages",
        description: `${pages} pages checked at ${PHONE.width} × ${PHONE.height}; axe took ${Math.round(axeMs / 1000)} s`,
      })
    }
  )
}
