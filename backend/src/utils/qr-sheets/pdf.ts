import PDFDocument from "pdfkit"
import { registerFonts } from "./fonts"

/** PDF measures in points (1/72 inch); print layouts are drawn in millimetres. */
export const mm = (millimetres: number) => (millimetres * 72) / 25.4

export type Box = { x: number; y: number; width: number; height: number }

/**
 * A document of `size` pages (pdfkit's paper names) without margins: every sheet places its own
 * boxes, and pdfkit must never start a page on its own because text reached a margin.
 */
export function createSheet(size: "A4" | "A6", title: string) {
  const doc = new PDFDocument({
    size,
    margin: 0,
    autoFirstPage: false,
    info: {
      Title: title,
      Author: "Chợ OCOP Xuân Thọ",
      Creator: "Chợ OCOP Xuân Thọ",
    },
  })
  registerFonts(doc)
  return doc
}

/** Ends the document and collects its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
    doc.end()
  })
}

type FitOptions = {
  font: string
  /** Tried first; the text shrinks in half points down to `minSize` until it fits the box. */
  maxSize: number
  minSize: number
  /** At most this many lines, even when the box is taller. */
  maxLines?: number
  align?: "left" | "center" | "right"
  color?: string
}

type Fit = { size: number; height: number; limit: number }

/**
 * The largest size from `maxSize` down to `minSize` at which all of `text` fits the box, and
 * the height it then takes. At `minSize` the text may still be too long: `limit` is the height
 * past which `fitText` cuts it.
 */
export function measureFit(
  doc: PDFKit.PDFDocument,
  text: string,
  box: Pick<Box, "width" | "height">,
  { font, maxSize, minSize, maxLines }: FitOptions
): Fit {
  doc.font(font)
  for (let size = maxSize; ; size -= 0.5) {
    const last = size - 0.5 < minSize
    doc.fontSize(last ? minSize : size)
    const lineHeight = doc.currentLineHeight(true)
    const limit = Math.min(box.height, (maxLines ?? Infinity) * lineHeight)
    const height = doc.heightOfString(text, { width: box.width })
    // A little slack for rounding: one line is exactly one line height.
    const fits = height <= limit + 0.01 && widestWord(doc, text) <= box.width
    if (fits || last) {
      return {
        size: last ? minSize : size,
        height: Math.min(height, limit),
        limit,
      }
    }
  }
}

/**
 * Draws `text` inside `box` at the size `measureFit` finds; at the smallest size what still does
 * not fit is cut with an ellipsis. Nothing is drawn outside the box. Returns the height taken.
 */
export function fitText(
  doc: PDFKit.PDFDocument,
  text: string,
  box: Box,
  options: FitOptions
): number {
  const { size, height, limit } = measureFit(doc, text, box, options)
  doc
    .font(options.font)
    .fontSize(size)
    .fillColor(options.color ?? "#111111")
    .text(text, box.x, box.y, {
      width: box.width,
      height: limit,
      align: options.align ?? "left",
      ellipsis: true,
    })
  return height
}

/** A word wider than the box would be broken mid-word; shrinking is kinder. */
function widestWord(doc: PDFKit.PDFDocument, text: string): number {
  return Math.max(
    0,
    ...text.split(/\s+/).map((word) => doc.widthOfString(word))
  )
}
