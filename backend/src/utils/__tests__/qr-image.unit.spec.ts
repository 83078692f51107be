import { MedusaError } from "@medusajs/framework/utils"
import {
  QR_PAYLOAD_MAX_BYTES,
  qrImageUrl,
  readQrToken,
  signQrToken,
} from "../qr-image"

const SECRET = "a-cookie-secret-of-the-market-0123456789"
const ENV = {
  MEDUSA_BACKEND_URL: "https://api.cho-xuan-tho.vn/",
  COOKIE_SECRET: SECRET,
}
const VIETQR =
  "00020101021238570010A000000727012700069704150113102874563910020" +
  "8QRIBFTTA5303704540670000058020VN62140810OCOP7K3Q9X6304ABCD"
const INVITE = "https://cho-xuan-tho.vn/vi/portal/invite/Zk3vQ9mT2xLr8pWc"

const tokenOf = (url: string) =>
  /\/qr\/([^/]+)\.png$/.exec(url)?.[1] ?? "no token in the address"

describe("QR image addresses", () => {
  it("point at the backend's /qr/<token>.png, whose token reads back to the payload", () => {
    const url = qrImageUrl(VIETQR, ENV)

    expect(url).toMatch(
      /^https:\/\/api\.cho-xuan-tho\.vn\/qr\/[\w-]+\.[\w-]+\.png$/
    )
    expect(readQrToken(tokenOf(url), SECRET)).toEqual(VIETQR)
  })

  it("keep a payload with Vietnamese letters intact", () => {
    const payload = "Chợ OCOP Xuân Thọ: dâu tây Nam Anh"

    expect(readQrToken(signQrToken(payload, SECRET), SECRET)).toEqual(payload)
  })

  it("are the same for the same payload, so that a cached image stays valid", () => {
    expect(qrImageUrl(INVITE, ENV)).toEqual(qrImageUrl(INVITE, ENV))
    expect(qrImageUrl(INVITE, ENV)).not.toEqual(qrImageUrl(VIETQR, ENV))
  })

  it("refuse a payload too long for a scannable code, saying what to do", () => {
    const long = "x".repeat(QR_PAYLOAD_MAX_BYTES + 1)

    expect(() => qrImageUrl(long, ENV)).toThrow(MedusaError)
    expect(() => qrImageUrl(long, ENV)).toThrow(/shorten/)
    expect(() => qrImageUrl("", ENV)).toThrow(MedusaError)
  })
})

describe("reading a QR token", () => {
  const token = signQrToken(VIETQR, SECRET)
  const [encoded, signature] = token.split(".")
  const otherPayload = Buffer.from(INVITE).toString("base64url")

  it.each([
    [
      "signed with another secret",
      signQrToken(VIETQR, "another-secret-0123456789"),
    ],
    ["another payload under this signature", `${otherPayload}.${signature}`],
    [
      "a signature with one character changed",
      `${encoded}.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`,
    ],
    ["no signature", encoded],
    ["an empty token", ""],
    ["a path instead of a token", "../../etc/passwd"],
  ])("gives nothing for %s", (_, forged) => {
    expect(readQrToken(forged, SECRET)).toBeNull()
  })
})
