import { sanitizeText } from "../sanitize-text"

describe("sanitizeText", () => {
  it("keeps plain Vietnamese text as typed", () => {
    expect(sanitizeText("Hồng treo gió – ngọt tự nhiên, 100% Đà Lạt")).toBe(
      "Hồng treo gió – ngọt tự nhiên, 100% Đà Lạt"
    )
  })

  it.each([
    ["<b>Dâu</b> tây", "Dâu tây"],
    ['<img src=x onerror="alert(1)">Dâu tây', "Dâu tây"],
    ["Dâu<script>alert(1)</script> tây", "Dâu tây"],
    ["&lt;script&gt;alert(1)&lt;/script&gt;Dâu", "Dâu"],
    ['<a href="javascript:alert(1)">Mua</a>', "Mua"],
    ["Dâu <", "Dâu"],
  ])("removes markup from %s", (input, expected) => {
    expect(sanitizeText(input)).toBe(expected)
  })

  it("keeps line breaks between paragraphs but not runs of blank lines", () => {
    expect(sanitizeText("Dòng một  \n\n\n\n  Dòng hai")).toBe(
      "Dòng một\n\nDòng hai"
    )
  })

  it("returns an empty string when only markup was typed", () => {
    expect(sanitizeText("<p></p>  ")).toBe("")
  })
})
