/**
 * Who may see an order's personal details (email, name, phone, address) or act on it (transfer,
 * return). Order ids travel in URLs and emails, so the id alone is never enough.
 */
export type OrderAccessInput = {
  /** The order's customer; guest checkouts have a customer record too, never signed in. */
  orderCustomerId: string | null
  /** The signed-in customer making the request, if any. */
  callerCustomerId: string | null
  /** The request carries a valid, unexpired proof for this very order. */
  hasValidProof: boolean
}

export function mayAccessOrder({
  orderCustomerId,
  callerCustomerId,
  hasValidProof,
}: OrderAccessInput): boolean {
  if (hasValidProof) {
    return true
  }
  return !!callerCustomerId && callerCustomerId === orderCustomerId
}
