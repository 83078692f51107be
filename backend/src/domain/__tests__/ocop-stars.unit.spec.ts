import {
  certificateExpiry,
  displayedStars,
  isCertificateValid,
} from "../ocop-stars"

describe("certificateExpiry", () => {
  it("lasts 36 months from the issue date", () => {
    expect(certificateExpiry("2024-03-15T00:00:00.000Z").toISOString()).toBe(
      "2027-03-15T00:00:00.000Z"
    )
  })

  it("keeps the time of day", () => {
    expect(
      certificateExpiry(new Date("2023-12-31T17:00:00.000Z")).toISOString()
    ).toBe("2026-12-31T17:00:00.000Z")
  })

  it("clamps a 29 February issue to the end of February", () => {
    expect(certificateExpiry("2024-02-29T00:00:00.000Z").toISOString()).toBe(
      "2027-02-28T00:00:00.000Z"
    )
  })

  it("refuses an invalid date", () => {
    expect(() => certificateExpiry("not a date")).toThrow(/Invalid issue date/)
  })
})

describe("isCertificateValid", () => {
  const certificate = {
    stars: 4,
    issued_at: "2024-01-10T00:00:00.000Z",
    expires_at: "2027-01-10T00:00:00.000Z",
  }

  it("is valid between issue and expiry", () => {
    expect(
      isCertificateValid(certificate, new Date("2025-06-01T00:00:00.000Z"))
    ).toBe(true)
    expect(
      isCertificateValid(certificate, new Date("2024-01-10T00:00:00.000Z"))
    ).toBe(true)
  })

  it("is no longer valid from the expiry instant on", () => {
    expect(
      isCertificateValid(certificate, new Date("2027-01-10T00:00:00.000Z"))
    ).toBe(false)
    expect(
      isCertificateValid(certificate, new Date("2030-01-01T00:00:00.000Z"))
    ).toBe(false)
  })

  it("is not valid before it was issued", () => {
    expect(
      isCertificateValid(certificate, new Date("2023-12-31T00:00:00.000Z"))
    ).toBe(false)
  })

  it("treats a missing certificate as not valid", () => {
    expect(isCertificateValid(null)).toBe(false)
  })

  it("shows the stars of a valid certificate and none of an expired one", () => {
    expect(
      displayedStars(certificate, new Date("2025-06-01T00:00:00.000Z"))
    ).toBe(4)
    expect(
      displayedStars(certificate, new Date("2027-06-01T00:00:00.000Z"))
    ).toBeNull()
    expect(displayedStars(undefined)).toBeNull()
  })
})

describe("displayedStars: the one table of star cases", () => {
  const now = new Date("2026-12-06T00:00:00.000Z")
  const day = 24 * 3600_000
  const at = (offsetDays: number) => new Date(now.getTime() + offsetDays * day)

  it.each([
    { case: "valid", issued: -30, expires: 300, stars: 4, shown: 4 },
    { case: "issued today", issued: 0, expires: 300, stars: 5, shown: 5 },
    { case: "expired", issued: -1200, expires: -1, stars: 5, shown: null },
    { case: "expires now", issued: -1200, expires: 0, stars: 3, shown: null },
    { case: "not yet issued", issued: 2, expires: 1100, stars: 4, shown: null },
    { case: "no expiry", issued: -30, expires: null, stars: 3, shown: 3 },
  ])("$case → $shown", ({ issued, expires, stars, shown }) => {
    expect(
      displayedStars(
        {
          stars,
          issued_at: at(issued),
          expires_at: expires === null ? null : at(expires),
        },
        now
      )
    ).toBe(shown)
  })
})
