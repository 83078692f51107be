import { describe, expect, it } from "vitest"
import { isCertificateValid, visibleStars } from "../ocop"

const now = new Date("2025-09-15T10:00:00+07:00")

describe("isCertificateValid", () => {
  it("accepts a certificate that expires in the future", () => {
    expect(
      isCertificateValid({ stars: 4, expires_at: "2027-06-30" }, now)
    ).toBe(true)
  })

  it("rejects an expired certificate", () => {
    expect(
      isCertificateValid({ stars: 4, expires_at: "2024-06-30" }, now)
    ).toBe(false)
  })

  it("rejects a certificate expiring exactly now", () => {
    expect(
      isCertificateValid({ stars: 3, expires_at: now.toISOString() }, now)
    ).toBe(false)
  })

  it("rejects missing, undated or malformed certificates", () => {
    expect(isCertificateValid(null, now)).toBe(false)
    expect(isCertificateValid({ stars: 3, expires_at: null }, now)).toBe(false)
    expect(isCertificateValid({ stars: 3, expires_at: "soon" }, now)).toBe(
      false
    )
    expect(
      isCertificateValid({ stars: 6, expires_at: "2030-01-01" }, now)
    ).toBe(false)
  })
})

describe("visibleStars", () => {
  it("shows the stars only while valid", () => {
    expect(visibleStars({ stars: 5, expires_at: "2026-01-01" }, now)).toBe(5)
    expect(visibleStars({ stars: 5, expires_at: "2025-01-01" }, now)).toBeNull()
  })
})
