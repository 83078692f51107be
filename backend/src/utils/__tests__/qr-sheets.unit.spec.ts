import PDFDocument from "pdfkit"
import { BOLD, fontFolder, loadFonts, registerFonts } from "../qr-sheets/fonts"
import { renderLabelSheet } from "../qr-sheets/labels"
import { measureFit, mm } from "../qr-sheets/pdf"
import { renderPoster } from "../qr-sheets/poster"
import type { QrSheetProduct } from "../qr-sheets/product-facts"
import { priceLine, producerLine } from "../qr-sheets/wording"

const PRODUCT: QrSheetProduct = {
  id: "prod_1",
  handle: "dau-tay-nam-anh",
  title: "Dâu tây Nam Anh",
  price: 120000,
  priceVaries: false,
  stars: 4,
  producerName: "HTX Nông nghiệp Nam Anh",
  village: "Thôn Xuân Thành",
  photoUrl: null,
  link: "https://cho-xuan-tho.vn/vi/products/dau-tay-nam-anh?src=qr",
}

const pageCount = (pdf: Buffer) =>
  (pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length

describe("the QR sheets' fonts", () => {
  it("are looked for in assets/fonts beside the folder the backend runs from", () => {
    expect(fontFolder("/app/server")).toEqual("/app/assets/fonts")
    expect(fontFolder("/work/market/backend")).toEqual(
      "/work/market/assets/fonts"
    )
  })

  it("name the missing file and the folder when they are not there", () => {
    expect(() => loadFonts("/nowhere/assets/fonts")).toThrow(
      /BeVietnamPro-Regular\.ttf is missing from \/nowhere\/assets\/fonts/
    )
  })
})

describe("measureFit", () => {
  const doc = () => {
    const document = new PDFDocument({ autoFirstPage: false })
    registerFonts(document)
    return document
  }
  const box = { width: mm(30), height: mm(14) }
  const options = { font: BOLD, maxSize: 11, minSize: 6.5, maxLines: 3 }

  it("keeps a short name at its largest size", () => {
    expect(measureFit(doc(), "Bột cần tây", box, options).size).toEqual(11)
  })

  it.each([
    "Hồng treo gió đặc sản Đà Lạt hộp quà Tết cao cấp loại đặc biệt 1 kg",
    "Khoai lang mật sấy dẻo ".repeat(12),
    "Dâutâyđặcbiệtkhôngcókhoảngtrắngnàocả",
  ])("shrinks or cuts %j so that it never leaves its box", (text) => {
    const fit = measureFit(doc(), text, box, options)
    expect(fit.size).toBeGreaterThanOrEqual(6.5)
    expect(fit.size).toBeLessThan(11)
    expect(fit.height).toBeLessThanOrEqual(box.height)
    expect(fit.limit).toBeLessThanOrEqual(box.height)
  })
})

describe("the printed wording", () => {
  it.each([
    [{ price: 120000, priceVaries: false }, "120.000 ₫"],
    [{ price: 95000, priceVaries: true }, "từ 95.000 ₫"],
    [{ price: null, priceVaries: false }, null],
  ])("%j reads %j", (price, expected) => {
    expect(priceLine({ ...PRODUCT, ...price })?.replace(/\s/g, " ")).toEqual(
      expected ?? undefined
    )
  })

  it("leaves out what the producer did not fill in", () => {
    expect(producerLine(PRODUCT)).toEqual(
      "HTX Nông nghiệp Nam Anh · Thôn Xuân Thành"
    )
    expect(producerLine({ ...PRODUCT, village: null })).toEqual(
      "HTX Nông nghiệp Nam Anh"
    )
  })
})

describe("renderLabelSheet and renderPoster", () => {
  it("start a new A4 page after every 24 labels", async () => {
    expect(pageCount(await renderLabelSheet([PRODUCT], "t"))).toEqual(1)
    expect(
      pageCount(
        await renderLabelSheet(
          Array.from({ length: 25 }, () => PRODUCT),
          "t"
        )
      )
    ).toEqual(2)
  })

  it("lay a poster out on one page, with or without a photo", async () => {
    const poster = await renderPoster(
      { ...PRODUCT, title: "Hồng treo gió ".repeat(20), stars: null },
      null
    )
    expect(poster.subarray(0, 5).toString()).toEqual("%PDF-")
    expect(pageCount(poster)).toEqual(1)
  })
})
