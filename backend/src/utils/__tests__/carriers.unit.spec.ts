import {
  CARRIERS,
  carrierDisplayName,
  carrierTrackingUrl,
  readStoredCarrier,
} from "../carriers"
import { isOwnFileUrl } from "../own-file-url"

describe("carriers", () => {
  it("builds https links only from a known carrier's template, encoding the number", () => {
    expect(carrierTrackingUrl("ghtk", "S1/2?x")).toEqual(
      "https://i.ghtk.vn/S1%2F2%3Fx"
    )
    for (const carrier of CARRIERS) {
      const url = carrierTrackingUrl(carrier.code, "A1")
      if (url) expect(new URL(url).protocol).toEqual("https:")
    }
    expect(carrierTrackingUrl("grab", "A1")).toBeNull()
    expect(carrierTrackingUrl("other", "A1")).toBeNull()
    expect(carrierTrackingUrl("https://evil.test/{code}", "A1")).toBeNull()
  })

  it("names a coach or other carrier as typed, and a known one by its own name", () => {
    expect(carrierDisplayName("coach", "Nhà xe Thành Bưởi")).toEqual(
      "Nhà xe Thành Bưởi"
    )
    expect(carrierDisplayName("ghn", "anything")).toEqual(
      "Giao Hàng Nhanh (GHN)"
    )
  })

  it("reads an older shipment's free-text carrier with no code and so no link", () => {
    expect(readStoredCarrier({ carrier: "Viettel Post" })).toEqual({
      carrier: "Viettel Post",
      carrier_code: null,
    })
    expect(readStoredCarrier(null)).toEqual({
      carrier: null,
      carrier_code: null,
    })
  })
})

describe("isOwnFileUrl", () => {
  const local = { MEDUSA_BACKEND_URL: "https://api.cho.test" }
  const s3 = {
    MEDUSA_BACKEND_URL: "https://api.cho.test",
    S3_BUCKET: "cho",
    S3_FILE_URL: "https://files.cho.test/cho",
  }

  it.each([
    ["https://api.cho.test/static/abc.webp", local, true],
    ["https://api.cho.test/static/", local, false],
    ["https://api.cho.test/statics/abc.webp", local, false],
    ["https://api.cho.test/static/../admin", local, false],
    ["https://api.cho.test.evil.test/static/a.webp", local, false],
    ["http://api.cho.test/static/a.webp", local, false],
    ["https://files.cho.test/cho/p/a.webp", s3, true],
    ["https://api.cho.test/static/a.webp", s3, false],
    ["not a url", local, false],
  ])("%s → %s", (url, env, expected) => {
    expect(isOwnFileUrl(url, env)).toBe(expected)
  })
})
