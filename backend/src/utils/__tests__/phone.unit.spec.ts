import { normalizeVietnamesePhone } from "../phone"

describe("normalizeVietnamesePhone", () => {
  it.each([
    ["0912 345 678", "+84912345678"],
    ["0912.345.678", "+84912345678"],
    ["0912-345-678", "+84912345678"],
    ["+84 912345678", "+84912345678"],
    ["+84 (0) 912 345 678", "+84912345678"],
    ["84912345678", "+84912345678"],
    ["0084912345678", "+84912345678"],
    ["0382 123 456", "+84382123456"],
    ["0563123456", "+84563123456"],
    ["0703123456", "+84703123456"],
    ["0812345678", "+84812345678"],
    ["0263 3822 111", "+842633822111"],
    ["+842633822111", "+842633822111"],
  ])("turns %s into %s", (input, expected) => {
    expect(normalizeVietnamesePhone(input)).toBe(expected)
  })

  it.each([
    ["12345"],
    [""],
    ["0112345678"],
    ["0412345678"],
    ["0612345678"],
    ["091234567"],
    ["09123456789"],
    ["026338221"],
    ["+1 415 555 0100"],
    ["0912 345 67a"],
    ["912345678"],
  ])("refuses %s", (input) => {
    expect(normalizeVietnamesePhone(input)).toBeNull()
  })

  it("refuses a missing value", () => {
    expect(normalizeVietnamesePhone(undefined)).toBeNull()
    expect(normalizeVietnamesePhone(null)).toBeNull()
  })
})
