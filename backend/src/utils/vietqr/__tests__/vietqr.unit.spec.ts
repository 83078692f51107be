import {
  buildVietQrPayload,
  crc16CcittFalse,
  findPaymentReference,
  generatePaymentReference,
  parseEmvFields,
} from ".."

describe("CRC-16/CCITT-FALSE", () => {
  it("gives the catalogued check value for 123456789", () => {
    expect(crc16CcittFalse("123456789")).toEqual("29B1")
  })

  it("pads short checksums to four hex digits", () => {
    expect(crc16CcittFalse("")).toEqual("FFFF")
  })
})

describe("VietQR payload", () => {
  it("reproduces the published VietinBank example byte for byte", () => {
    // subiz/vietqr README: 120.000 ₫ to 0011001932418 at BIN 970415, content "ung ho lu lut".
    expect(
      buildVietQrPayload({
        bankBin: "970415",
        accountNumber: "0011001932418",
        amount: 120000,
        purpose: "ung ho lu lut",
      })
    ).toEqual(
      "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C"
    )
  })

  it("carries NAPAS' fields, the amount in whole đồng and the reference in 62.08", () => {
    const payload = buildVietQrPayload({
      bankBin: "970436",
      accountNumber: "1234567890",
      amount: 150000,
      purpose: "OCOP7K3Q9X",
    })
    const fields = parseEmvFields(payload)

    expect(fields["00"]).toEqual("01")
    expect(fields["01"]).toEqual("12")
    expect(parseEmvFields(fields["38"])).toEqual({
      "00": "A000000727",
      "01": "000697043601101234567890",
      "02": "QRIBFTTA",
    })
    expect(fields["53"]).toEqual("704")
    expect(fields["54"]).toEqual("150000")
    expect(fields["58"]).toEqual("VN")
    expect(parseEmvFields(fields["62"])).toEqual({ "08": "OCOP7K3Q9X" })
    expect(fields["63"]).toEqual(crc16CcittFalse(payload.slice(0, -4)))
  })

  it("refuses amounts that are not whole positive đồng and malformed BINs", () => {
    const base = { bankBin: "970436", accountNumber: "1234567890" }
    expect(() => buildVietQrPayload({ ...base, amount: 1500.5 })).toThrow(
      /whole number/
    )
    expect(() => buildVietQrPayload({ ...base, amount: 0 })).toThrow()
    expect(() =>
      buildVietQrPayload({ ...base, bankBin: "97043", amount: 1 })
    ).toThrow(/six digits/)
  })
})

describe("payment reference", () => {
  it("is OCOP + six unambiguous upper-case letters or digits", () => {
    const references = new Set(
      Array.from({ length: 2000 }, generatePaymentReference)
    )
    // 31^6 values: one repeat among 2,000 draws happens about once in 400 runs, three almost
    // never; a generator that lost its randomness repeats far more.
    expect(references.size).toBeGreaterThanOrEqual(1998)
    for (const reference of references) {
      expect(reference).toMatch(/^OCOP[2-9A-HJKMNP-Z]{6}$/)
    }
  })

  it("is found inside whatever content the bank wraps around it", () => {
    expect(
      findPaymentReference(
        "MBVCB.3278.OCOP7K3Q9X.CT tu 0123456789 NGUYEN VAN A"
      )
    ).toEqual("OCOP7K3Q9X")
    expect(findPaymentReference("chuyen tien ocop7k3q9x don dau tay")).toEqual(
      "OCOP7K3Q9X"
    )
    expect(findPaymentReference("IBFT OCOP7K3Q9X-thanh toan")).toEqual(
      "OCOP7K3Q9X"
    )
  })

  it("finds nothing when the content carries no reference", () => {
    expect(findPaymentReference("chuyen tien mua dau")).toBeNull()
    expect(findPaymentReference("OCOP12")).toBeNull()
    expect(findPaymentReference(null)).toBeNull()
  })
})
