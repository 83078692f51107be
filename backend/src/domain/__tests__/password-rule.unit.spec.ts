import { COMMON_PASSWORDS } from "../common-passwords"
import { passwordProblem } from "../password-rule"

describe("passwordProblem", () => {
  it.each([
    ["x", /at least 10 characters/],
    ["ngan-qua", /at least 10 characters/],
    ["a".repeat(201), /at most 200 characters/],
    ["1234567890", /most common passwords/],
    ["MatKhau123", /most common passwords/],
    ["anhyeuem123", /most common passwords/],
    ["  xuantho2026  ", /most common passwords/],
    ["abababababab", /too few characters/],
  ])("refuses %j", (password, reason) => {
    expect(passwordProblem(password)).toMatch(reason)
  })

  it.each(["dau-tay-NamAnh-2026", "hồng treo gió Xuân Thọ", "mat-khau-12-dai"])(
    "accepts %j",
    (password) => {
      expect(passwordProblem(password)).toBeNull()
    }
  )

  it("lists only passwords that the length rule alone would let through", () => {
    const short = COMMON_PASSWORDS.filter((password) => password.length < 10)
    expect(short).toEqual([])
  })
})
