import { toZaloPhone } from "../zalo-phone"

describe("toZaloPhone", () => {
  it.each([
    ["0912 345 678", "84912345678"],
    ["0912.345.678", "84912345678"],
    ["0912-345-678", "84912345678"],
    ["+84 912345678", "84912345678"],
    ["+84 (0) 912 345 678", "84912345678"],
    ["84912345678", "84912345678"],
    ["0084 912 345 678", "84912345678"],
    [" 0382 123 456 ", "84382123456"],
    ["0563123456", "84563123456"],
    ["0703-123-456", "84703123456"],
    ["0812.345.678", "84812345678"],
  ])("turns %s into %s", (input, expected) => {
    expect(toZaloPhone(input)).toBe(expected)
  })

  it.each([
    ["0263 3822 111", "a landline"],
    ["+842633822111", "a landline in E.164"],
    ["0412345678", "an unassigned prefix"],
    ["091234567", "a digit short"],
    ["09123456789", "a digit long"],
    ["912345678", "no country or trunk prefix"],
    ["+1 415 555 0100", "a foreign number"],
    ["0912 345 67a", "a letter"],
    ["", "nothing"],
  ])("refuses %s (%s)", (input) => {
    expect(toZaloPhone(input)).toBeNull()
  })
})
