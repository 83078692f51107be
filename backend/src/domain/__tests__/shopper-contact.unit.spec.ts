import { unreachableShopper } from "../shopper-contact"

describe("a shopper the market can reach about their order", () => {
  it.each([
    // email, agreed to Zalo, Zalo carries orders, reachable
    ["lan@example.vn", false, false, true],
    ["lan@example.vn", true, true, true],
    [null, true, true, true],
    [null, false, true, false],
    [null, true, false, false],
    ["   ", false, false, false],
    [null, false, false, false],
  ] as const)(
    "email %s, Zalo consent %s, Zalo configured %s → reachable %s",
    (email, zaloConsent, zaloAvailable, reachable) => {
      expect(
        unreachableShopper({ email, zaloConsent, zaloAvailable }) === null
      ).toBe(reachable)
    }
  )

  it("asks for an email or Zalo consent only where Zalo is offered", () => {
    expect(
      unreachableShopper({
        email: null,
        zaloConsent: false,
        zaloAvailable: true,
      })?.vi
    ).toContain("Zalo")
    expect(
      unreachableShopper({
        email: null,
        zaloConsent: false,
        zaloAvailable: false,
      })?.en
    ).not.toContain("Zalo")
  })
})
