import { describe, expect, it } from "vitest"
import { highlightParts } from "../highlight"

describe("highlighting without marks", () => {
  it("marks the words a query without marks matched", () => {
    expect(highlightParts("Mứt dâu tây NamAnh", "dau tay")).toEqual([
      { text: "Mứt ", match: false },
      { text: "dâu", match: true },
      { text: " ", match: false },
      { text: "tây", match: true },
      { text: " NamAnh", match: false },
    ])
  })

  it("leaves the text whole when nothing matches", () => {
    expect(highlightParts("Bí mì sợi", "")).toEqual([
      { text: "Bí mì sợi", match: false },
    ])
  })
})
