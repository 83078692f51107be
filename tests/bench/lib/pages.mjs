// The storefront's pages under load, and what one answer carries: the cache verdict of a repeat
// request and the size of the HTML.
import { measure } from "./load.mjs"
import { waitUntilIdle } from "./proc.mjs"
import { PAGES } from "./storefront.mjs"

export function emptyPageResults() {
  return Object.fromEntries(PAGES.map((page) => [page.key, []]))
}

/** A repeat request's `x-nextjs-cache` and the HTML's size in bytes (uncompressed). */
export async function pageFacts(storefront) {
  const facts = {}
  for (const page of PAGES) {
    const url = `${storefront.url}${page.path}`
    await fetch(url).then((response) => response.arrayBuffer())
    const response = await fetch(url)
    const html = await response.text()
    facts[page.key] = {
      status: response.status,
      cache: response.headers.get("x-nextjs-cache") ?? "none",
      htmlBytes: Buffer.byteLength(html),
    }
  }
  return facts
}

/** Each page under load; the storefront and the backend behind it idle before each run. */
export async function pagesRound(storefront, backend, results) {
  const settle = () =>
    waitUntilIdle([storefront.process.pid, backend.process.pid])
  for (const page of PAGES) {
    results[page.key].push(
      await measure(`${storefront.url}${page.path}`, { settle })
    )
  }
}
