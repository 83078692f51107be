import { checkCartAddress, quantityProblem, stockProblem } from "../cart-rules"

describe("quantityProblem", () => {
  it.each([
    [1, false],
    [12, false],
    [0, true],
    [-2, true],
    [1.5, true],
    ["2", true],
    [undefined, true],
  ])("quantity %s refused: %s", (quantity, refused) => {
    expect(quantityProblem(quantity) !== null).toBe(refused)
  })
})

describe("stockProblem", () => {
  it.each([
    [3, 3, null],
    [4, 3, "Chỉ còn 3 trong kho / Only 3 left in stock"],
    [1, 0, "Chỉ còn 0 trong kho / Only 0 left in stock"],
    [500, null, null],
  ] as const)("wanting %s with %s available", (wanted, available, problem) => {
    expect(stockProblem(wanted, available)).toBe(problem)
  })
})

describe("checkCartAddress", () => {
  it("stores a valid phone as E.164 and names the 2025 province and ward", () => {
    const { normalized, errors } = checkCartAddress("shipping_address", {
      phone: "0912 345 678",
      province: "lam dong",
      city: "Phường Xuân Trường - Đà Lạt",
      country_code: "vn",
    })
    expect(errors).toEqual([])
    expect(normalized.phone).toBe("+84912345678")
    expect(normalized.province).toBe("Lâm Đồng")
  })

  it.each([
    [{ phone: "12345" }, "shipping_address.phone"],
    [{ country_code: "us" }, "shipping_address.country_code"],
    [{ province: "Atlantis", city: "X" }, "shipping_address.province"],
    [
      { province: "Lâm Đồng", city: "Phường Bến Thành" },
      "shipping_address.city",
    ],
  ])("refuses %o naming %s", (address, field) => {
    const { errors } = checkCartAddress("shipping_address", address)
    expect(errors.map((error) => error.field)).toEqual([field])
  })
})
