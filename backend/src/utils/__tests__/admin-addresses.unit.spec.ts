import { adminAddressAllowed } from "../admin-addresses"

describe("adminAddressAllowed", () => {
  const office = ["203.0.113.10", "203.0.113.11"]

  it.each<[string, string[] | undefined, boolean, boolean]>([
    ["203.0.113.10", office, true, true],
    ["198.51.100.7", office, true, false],
    ["198.51.100.7", office, false, true],
    ["198.51.100.7", undefined, true, true],
    ["198.51.100.7", [], true, true],
  ])(
    "%s with allowed %j (deployment: %s) → %s",
    (address, allowed, deployment, expected) => {
      expect(adminAddressAllowed(address, allowed, deployment)).toBe(expected)
    }
  )
})
