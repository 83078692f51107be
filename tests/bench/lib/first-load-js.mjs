// First-load JS of a route: the sum of gzip -6 of the `<script src>` files the server HTML names,
// `nomodule` scripts excluded (modern browsers skip them).
import zlib from "node:zlib"

const SCRIPT_TAG = /<script\b[^>]*>/gi

export function scriptSources(html) {
  const sources = []
  for (const [tag] of html.matchAll(SCRIPT_TAG)) {
    if (/\snomodule\b/i.test(tag)) continue
    const src = /\ssrc=["']([^"']+)["']/i.exec(tag)?.[1]
    if (src) sources.push(src.replace(/&amp;/g, "&"))
  }
  return [...new Set(sources)]
}

/** KB (1024 bytes) of gzip -6 over every script the page at `url` loads from its HTML. */
export async function firstLoadJsKb(url, headers = {}) {
  const response = await fetch(url, { headers })
  const html = await response.text()
  let bytes = 0
  for (const src of scriptSources(html)) {
    const script = await fetch(new URL(src, url), { headers })
    const body = Buffer.from(await script.arrayBuffer())
    bytes += zlib.gzipSync(body, { level: 6 }).length
  }
  return bytes / 1024
}
