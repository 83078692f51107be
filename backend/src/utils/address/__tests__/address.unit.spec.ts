import { datasetSize, mapPre2025Ward, resolveAddress } from ".."

describe("2025 two-tier addresses", () => {
  it("holds the 34 provinces and 3,321 wards of Resolution 202/2025/QH15", () => {
    expect(datasetSize()).toMatchObject({ provinces: 34, wards: 3321 })
  })

  it("stores names as the dataset writes them and accepts the Tỉnh / Thành phố prefix", () => {
    expect(
      resolveAddress("Tỉnh Lâm Đồng", "Phường Xuân Trường - Đà Lạt")
    ).toEqual({
      ok: true,
      address: { province: "Lâm Đồng", ward: "Phường Xuân Trường - Đà Lạt" },
    })
    expect(resolveAddress("Hà Nội", "Phường Ba Đình")).toEqual({
      ok: true,
      address: { province: "Thành phố Hà Nội", ward: "Phường Ba Đình" },
    })
    expect(resolveAddress("lam dong", "phuong xuan truong - da lat")).toEqual({
      ok: true,
      address: { province: "Lâm Đồng", ward: "Phường Xuân Trường - Đà Lạt" },
    })
  })

  it("names the unknown level", () => {
    expect(resolveAddress("Tỉnh Đà Lạt", "Phường 1")).toEqual({
      ok: false,
      field: "province",
    })
    // Xuân Trường exists in Lâm Đồng as a ward, not as this commune of Thanh Hóa.
    expect(resolveAddress("Lâm Đồng", "Xã Xuân Trường")).toEqual({
      ok: false,
      field: "city",
    })
  })

  it("maps Xuân Thọ commune of old Đà Lạt to its 2025 ward", () => {
    expect(
      mapPre2025Ward("Xã Xuân Thọ", "Thành phố Đà Lạt", "Tỉnh Lâm Đồng")
    ).toEqual({ province: "Lâm Đồng", ward: "Phường Xuân Trường - Đà Lạt" })
  })
})
