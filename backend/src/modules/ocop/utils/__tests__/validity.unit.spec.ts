import {
  certificateExpiry,
  displayedStars,
  isCertificateValid,
} from "../validity"

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
