import { foldedSearchText, foldVietnamese } from "../_fold"

describe("Vietnamese folding for search", () => {
  it("drops tone and vowel marks and turns đ into d", () => {
    expect(foldVietnamese("Dâu tây Đà Lạt")).toEqual("dau tay da lat")
    expect(foldVietnamese("Hồng treo gió")).toEqual("hong treo gio")
    expect(foldVietnamese("Bột cần tây, ớt trái cây")).toEqual(
      "bot can tay, ot trai cay"
    )
  })

  it("keeps each folded word once across all texts", () => {
    expect(
      foldedSearchText(["Dâu tây NamAnh", null, "Mứt dâu tây", "NamAnh farm"])
    ).toEqual("dau tay namanh mut farm")
  })
})
