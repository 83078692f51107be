import { readMarketEnv } from "../config/env"

// Every link a person opens from a message, QR code or invite starts from the public addresses,
// never from an internal service name that only the backend's network resolves.

function join(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`
}

/** A storefront page as shoppers and members open it, e.g. `/vi/orders/order_01…`. */
export function storefrontLink(path: string): string {
  return join(readMarketEnv().STOREFRONT_PUBLIC_URL, path)
}

/** A Medusa Admin page as officers open it, e.g. `/app/orders/order_01…`. */
export function adminLink(path: string): string {
  return join(readMarketEnv().MEDUSA_BACKEND_URL, path)
}

/** The single-use page where an invited member sets a password (Vietnamese first). */
export function inviteLink(token: string): string {
  return storefrontLink(`/vi/portal/invite/${token}`)
}

/**
 * The product page a printed QR code opens, in Vietnamese (the language on the package), with
 * `src=qr` so that the visit is counted as coming from a printed code.
 */
export function productQrLink(handle: string): string {
  return storefrontLink(`/vi/products/${encodeURIComponent(handle)}?src=qr`)
}
