/**
 * Whether an officer's request from `address` is let through: always, unless this is a
 * deployment with a list of allowed addresses that does not hold it.
 */
export function adminAddressAllowed(
  address: string,
  allowed: string[] | undefined,
  deployment: boolean
): boolean {
  if (!deployment || !allowed?.length) {
    return true
  }
  return allowed.includes(address)
}
