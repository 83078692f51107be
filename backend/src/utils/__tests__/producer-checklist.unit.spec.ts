import { computeChecklist, describeMissing } from "../producer-checklist"

const complete = {
  name: "HTX Dâu tây",
  kind: "cooperative",
  phone: "+84912345678",
  consent_given_by: "Nguyễn Văn An",
  consent_method: "signed_form",
  ward: "Phường Xuân Trường - Đà Lạt",
  province: "Lâm Đồng",
  products: [{ prices: [120000], has_certificate: false, listing_count: 0 }],
}

describe("producer checklist", () => {
  it("is ready with the required items only, and shows the recommended ones as not done", () => {
    const checklist = computeChecklist(complete)
    expect(checklist.ready).toBe(true)
    expect(checklist.missing).toEqual([])
    expect(
      checklist.items.filter((item) => !item.required).map((item) => item.done)
    ).toEqual([false, false, false, false])
  })

  it("names what is missing: no consent, no place, no priced product", () => {
    const checklist = computeChecklist({
      ...complete,
      consent_given_by: "  ",
      ward: null,
      province: undefined,
      products: [{ prices: [], has_certificate: true, listing_count: 1 }],
    })
    expect(checklist.ready).toBe(false)
    expect(checklist.missing).toEqual([
      "consent",
      "ward",
      "province",
      "product_with_price",
    ])
    expect(describeMissing(checklist.missing)).toContain(
      "at least one product with a price"
    )
  })

  it("counts story, photos, certificates and marketplace links as recommended", () => {
    const checklist = computeChecklist({
      ...complete,
      story_en: "Strawberries",
      photos: ["https://example.com/a.jpg"],
      products: [{ prices: [1000], has_certificate: true, listing_count: 2 }],
    })
    expect(checklist.items.every((item) => item.done)).toBe(true)
  })
})
