import { validateListingUrl } from "../listing-url"

describe("validateListingUrl", () => {
  it.each([
    ["voso", "https://voso.vn/dau-tay-namanh-p123"],
    ["voso", "https://www.voso.vn/dau-tay-namanh-p123?ref=xuantho#top"],
    ["voso", "https://VOSO.vn/dau-tay"],
    ["postmart", "https://postmart.vn/hong-say-gio"],
    ["postmart", "https://www.postmart.vn/san-pham/hong-say-gio"],
  ] as const)("accepts a %s link %s", (marketplace, url) => {
    const result = validateListingUrl(marketplace, url)
    expect(result.valid).toBe(true)
  })

  it("returns the normalised URL", () => {
    expect(validateListingUrl("voso", "https://VOSO.vn/dau-tay")).toEqual({
      valid: true,
      url: "https://voso.vn/dau-tay",
    })
  })

  it.each([
    ["voso", "http://voso.vn/dau-tay", /https:\/\//],
    ["voso", "ftp://voso.vn/dau-tay", /https:\/\//],
    ["voso", "javascript:alert(1)", /https:\/\//],
    [
      "voso",
      "https://voso.vn.evil.example/dau-tay",
      /not "voso\.vn\.evil\.example"/,
    ],
    ["voso", "https://evil.example/voso.vn", /not "evil\.example"/],
    ["voso", "https://fakevoso.vn/", /not "fakevoso\.vn"/],
    ["voso", "https://shop.voso.vn/", /not "shop\.voso\.vn"/],
    ["voso", "https://voso.vn./", /not "voso\.vn\."/],
    ["voso", "https://voso.vn@evil.example/", /user name/],
    ["voso", "https://user:pass@voso.vn/", /user name/],
    ["voso", "https://voso.vn:8443/dau-tay", /port/],
    ["voso", "https://postmart.vn/hong", /not "postmart\.vn"/],
    ["postmart", "https://voso.vn/dau-tay", /not "voso\.vn"/],
    [
      "postmart",
      "https://postmart.vn.evil.example/",
      /not "postmart\.vn\.evil\.example"/,
    ],
    ["voso", "https://voso.vn\\@evil.example/", /invalid characters/],
    ["voso", " https://voso.vn/", /spaces/],
    ["voso", "https://voso.vn/a b", /spaces/],
    ["voso", "voso.vn/dau-tay", /not a web address/],
    ["voso", "", /empty/],
    ["voso", `https://voso.vn/${"a".repeat(2100)}`, /longer than/],
  ] as const)("refuses a %s link %s", (marketplace, url, message) => {
    const result = validateListingUrl(marketplace, url)
    expect(result.valid).toBe(false)
    if (!result.valid) {
      expect(result.message).toMatch(message)
    }
  })

  it("refuses an unknown marketplace", () => {
    const result = validateListingUrl("shopee" as never, "https://shopee.vn/")
    expect(result).toMatchObject({
      valid: false,
      message: expect.stringMatching(/Unknown marketplace/),
    })
  })
})
