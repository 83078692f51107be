import { describe, expect, it } from "vitest"
import { formatVietnamesePhone, phoneHref } from "../phone"

describe("formatVietnamesePhone", () => {
  it("shows an E.164 mobile number in the national 4-3-3 form", () => {
    expect(formatVietnamesePhone("+84912345678")).toBe("0912 345 678")
    expect(formatVietnamesePhone("+84363123456")).toBe("0363 123 456")
  })

  it("accepts numbers already in the national form or with spaces", () => {
    expect(formatVietnamesePhone("0912345678")).toBe("0912 345 678")
    expect(formatVietnamesePhone("+84 912 345 678")).toBe("0912 345 678")
  })

  it("formats Lâm Đồng landlines with the 0263 area code", () => {
    expect(formatVietnamesePhone("+842633822222")).toBe("0263 3822 222")
  })

  it("leaves numbers it does not recognise as they are", () => {
    expect(formatVietnamesePhone("+33612345678")).toBe("+33612345678")
    expect(formatVietnamesePhone(null)).toBeNull()
    expect(formatVietnamesePhone("")).toBeNull()
  })
})

describe("phoneHref", () => {
  it("builds an E.164 tel: link", () => {
    expect(phoneHref("0912 345 678")).toBe("tel:+84912345678")
    expect(phoneHref("+84912345678")).toBe("tel:+84912345678")
  })

  it("returns null for unknown numbers", () => {
    expect(phoneHref("12345")).toBeNull()
  })
})
