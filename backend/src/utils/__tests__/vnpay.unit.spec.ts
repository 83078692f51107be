import {
  newTxnRef,
  sessionIdOfTxnRef,
  signVnpayParams,
  TXN_REF_MAX_LENGTH,
  verifyVnpayParams,
  vnpayDate,
  vnpayLocale,
  vnpayPaymentUrl,
  vnpaySignedText,
  withoutDiacritics,
} from "../vnpay"

const SECRET = "XUANTHOVNPAYTESTSECRET0123456789"
const TMN_CODE = "XUANTHO1"
const GATEWAY = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html"
const SESSION_ID = "payses_01JF5Z8K3M4N5P6Q7R8S9T0V1W"

// The npm package `vnpay` is an independent implementation of the same protocol. It ships as
// an ES module, which the backend's CommonJS may only import().
const loadVnpay = () => import("vnpay")
let independent: InstanceType<Awaited<ReturnType<typeof loadVnpay>>["VNPay"]>

beforeAll(async () => {
  const { VNPay } = await loadVnpay()
  independent = new VNPay({
    tmnCode: TMN_CODE,
    secureSecret: SECRET,
    vnpayHost: "https://sandbox.vnpayment.vn",
    testMode: true,
  })
})

const queryOf = (url: string) =>
  Object.fromEntries(new URL(url).searchParams.entries())

describe("VNPay dates are Việt Nam's time (GMT+7), yyyyMMddHHmmss", () => {
  it.each([
    ["2026-12-06T10:00:00.000Z", "20261206170000"],
    ["2026-12-06T17:30:05.000Z", "20261207003005"],
    ["2026-12-31T16:59:59.999Z", "20261231235959"],
    ["2026-12-31T17:00:00.000Z", "20270101000000"],
  ])("%s is %s", (iso, expected) => {
    expect(vnpayDate(new Date(iso))).toBe(expected)
  })
})

describe("order texts without Vietnamese marks", () => {
  it.each([
    ["Thanh toán đơn hàng", "Thanh toan don hang"],
    ["Đà Lạt", "Da Lat"],
    ["Bí mì sợi, dâu tây: 500g!", "Bi mi soi dau tay 500g"],
    ["Hồng treo gió – Xuân Thọ", "Hong treo gio Xuan Tho"],
    ["  ỨNG   Ưu  ", "UNG Uu"],
  ])("%s → %s", (text, expected) => {
    expect(withoutDiacritics(text)).toBe(expected)
  })
})

describe("VNPay's language follows the storefront's", () => {
  it.each([
    ["vi", "vn"],
    ["en", "en"],
    [undefined, "vn"],
    ["fr", "vn"],
  ])("%s → %s", (locale, expected) => {
    expect(vnpayLocale(locale)).toBe(expected)
  })
})

describe("signing the query", () => {
  const params = {
    vnp_TxnRef: "01JF5Z8K3M4N5P6Q7R8S9T0V1WABCD1234",
    vnp_Amount: "15000000",
    vnp_OrderInfo: "Thanh toan don hang 01JF5Z8K",
    vnp_ReturnUrl: "http://localhost:8000/vi/vnpay-return",
    vnp_TmnCode: TMN_CODE,
  }

  it("sorts the keys and encodes values with spaces as +", () => {
    expect(vnpaySignedText(params)).toBe(
      "vnp_Amount=15000000&vnp_OrderInfo=Thanh+toan+don+hang+01JF5Z8K" +
        "&vnp_ReturnUrl=http%3A%2F%2Flocalhost%3A8000%2Fvi%2Fvnpay-return" +
        "&vnp_TmnCode=XUANTHO1&vnp_TxnRef=01JF5Z8K3M4N5P6Q7R8S9T0V1WABCD1234"
    )
  })

  it("accepts its own signature and refuses any changed value or another secret", () => {
    const signed = {
      ...params,
      vnp_SecureHash: signVnpayParams(params, SECRET),
    }
    expect(verifyVnpayParams(signed, SECRET)).toBe(true)
    expect(
      verifyVnpayParams({ ...signed, vnp_Amount: "1500000" }, SECRET)
    ).toBe(false)
    expect(verifyVnpayParams(signed, "another-secret-0123456789")).toBe(false)
    expect(verifyVnpayParams({ ...params, vnp_SecureHash: "00" }, SECRET)).toBe(
      false
    )
  })

  it("signs a blank value VNPay sends, as VNPay's sample code does", () => {
    const withBlank = { ...params, vnp_CardType: "" }
    expect(vnpaySignedText(withBlank)).toContain("&vnp_CardType=&")
  })

  it("builds a payment URL the independent `vnpay` package verifies", () => {
    const url = vnpayPaymentUrl(GATEWAY, params, SECRET)
    const verified = independent.verifyReturnUrl(
      queryOf(url) as unknown as Parameters<
        typeof independent.verifyReturnUrl
      >[0]
    )
    expect(verified.isVerified).toBe(true)
  })

  it("verifies a payment URL the independent `vnpay` package built", () => {
    const url = independent.buildPaymentUrl({
      vnp_Amount: 150000,
      vnp_IpAddr: "203.0.113.7",
      vnp_TxnRef: params.vnp_TxnRef,
      vnp_OrderInfo: "Thanh toan don hang 01JF5Z8K",
      vnp_ReturnUrl: params.vnp_ReturnUrl,
      vnp_CreateDate: 20261206170000,
    })
    const query = queryOf(url)
    expect(query.vnp_Amount).toBe("15000000")
    expect(verifyVnpayParams(query, SECRET)).toBe(true)
    expect(verifyVnpayParams({ ...query, vnp_Amount: "100" }, SECRET)).toBe(
      false
    )
  })
})

describe("transaction references", () => {
  it("are new for every attempt, at most 34 letters and digits, and name their session", () => {
    const refs = new Set(
      Array.from({ length: 200 }, () => newTxnRef(SESSION_ID))
    )
    expect(refs.size).toBe(200)
    for (const ref of refs) {
      expect(ref).toMatch(/^[0-9A-Za-z]+$/)
      expect(ref.length).toBeLessThanOrEqual(TXN_REF_MAX_LENGTH)
      expect(sessionIdOfTxnRef(ref)).toBe(SESSION_ID)
    }
  })

  it.each([
    ["an empty text", ""],
    ["a reference too short to carry a session", "ABCD1234"],
    ["a reference longer than VNPay allows", "A".repeat(35)],
    ["other characters", "01JF5Z8K-ABCD1234"],
  ])("are not read from %s", (_, text) => {
    expect(sessionIdOfTxnRef(text)).toBeNull()
  })

  it("need a payment session id", () => {
    expect(() => newTxnRef("cart_01JF5Z8K")).toThrow(/payment session id/)
  })
})
