import { readableHandle } from "../readable-handle"

describe("readableHandle", () => {
  it("turns a Vietnamese title into a plain ASCII handle a URL carries as is", () => {
    const handle = readableHandle("Mứt dâu tây Đà Lạt (hũ 200g)", "san-pham")
    expect(handle).toMatch(/^mut-dau-tay-da-lat-hu-200g-[a-z0-9]{4}$/)
    expect(encodeURIComponent(handle)).toBe(handle)
  })

  it("keeps two products of the same name apart", () => {
    const names = new Set(
      Array.from({ length: 20 }, () =>
        readableHandle("Hồng treo gió", "san-pham")
      )
    )
    expect(names.size).toBeGreaterThan(1)
  })

  it("falls back when a name has no letters or digits left", () => {
    expect(readableHandle("—!!—", "producer")).toMatch(/^producer-[a-z0-9]{4}$/)
  })
})
