import type { Marketplace } from "../../../types/marketplace/module"

/** The only hosts a listing may point to (exactly that host, `www.` allowed): a look-alike domain could phish shoppers. */
export const MARKETPLACE_HOSTS: Record<Marketplace, readonly string[]> = {
  voso: ["voso.vn", "www.voso.vn"],
  postmart: ["postmart.vn", "www.postmart.vn"],
}

const MAX_URL_LENGTH = 2048

export type ListingUrlCheck =
  { valid: true; url: string } | { valid: false; message: string }

/**
 * Checks that `url` is an https link to the marketplace's own site, so the storefront never
 * redirects shoppers to a lookalike host. Returns the normalised URL to store.
 */
export function validateListingUrl(
  marketplace: Marketplace,
  url: string
): ListingUrlCheck {
  const hosts = MARKETPLACE_HOSTS[marketplace]
  if (!hosts) {
    return {
      valid: false,
      message: `Unknown marketplace "${marketplace}". Use one of: ${Object.keys(MARKETPLACE_HOSTS).join(", ")}.`,
    }
  }
  const expected = `an https link on ${hosts.join(" or ")}, e.g. https://${hosts[0]}/...`
  if (typeof url !== "string" || url.length === 0) {
    return {
      valid: false,
      message: `The listing URL is empty: paste ${expected}.`,
    }
  }
  if (url.length > MAX_URL_LENGTH) {
    return {
      valid: false,
      message: `The listing URL is longer than ${MAX_URL_LENGTH} characters: paste the product page link only.`,
    }
  }
  // The URL parser silently drops tabs, newlines and edge spaces; refuse them instead.
  if (/[\s\\]/.test(url) || hasControlCharacter(url)) {
    return {
      valid: false,
      message: `The listing URL contains spaces or invalid characters: paste ${expected}.`,
    }
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return {
      valid: false,
      message: `"${url}" is not a web address: paste ${expected}.`,
    }
  }
  if (parsed.protocol !== "https:") {
    return {
      valid: false,
      message: `The listing URL must start with https:// (got ${parsed.protocol}//): paste ${expected}.`,
    }
  }
  const authority = url
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, "")
    .split(/[/?#]/)[0]
  if (parsed.username || parsed.password || authority.includes("@")) {
    return {
      valid: false,
      message: `The listing URL must not contain a user name or "@" before the host: paste ${expected}.`,
    }
  }
  if (parsed.port) {
    return {
      valid: false,
      message: `The listing URL must not name a port (":${parsed.port}"): paste ${expected}.`,
    }
  }
  if (!hosts.includes(parsed.hostname)) {
    return {
      valid: false,
      message: `A ${marketplace} listing must link to ${hosts.join(" or ")}, not "${parsed.hostname}": paste ${expected}.`,
    }
  }
  return { valid: true, url: parsed.href }
}

function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 0x20 || code === 0x7f) {
      return true
    }
  }
  return false
}
