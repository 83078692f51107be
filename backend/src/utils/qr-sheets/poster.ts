import { BOLD, REGULAR } from "./fonts"
import { drawQrCode, drawStars } from "./marks"
import { createSheet, fitText, measureFit, mm, pdfBytes } from "./pdf"
import type { QrSheetProduct } from "./product-facts"
import { priceLine, producerLine, SCAN_CAPTION } from "./wording"

// An A6 card (105 × 148 mm) for a shop counter or a market stall: photo, name, price, OCOP
// stars, who made it, and a QR code large enough to scan from arm's length.

const PAGE = { width: mm(105), height: mm(148) }
const MARGIN = mm(7)
const INNER = PAGE.width - 2 * MARGIN
const PHOTO_HEIGHT = mm(36)
/** Module pitch over 1 mm even for a long address: a phone reads it from 30 cm and more. */
const QR_MIN = mm(44)
const QR_MAX = mm(70)
const GAP = mm(2.5)

/** Below this a photo says nothing; the poster goes without. */
const PHOTO_MIN_HEIGHT = mm(18)
const PRICE_ROW = mm(8)

const PRICE_COLOR = "#b3261e"
const MUTED = "#4a4a4a"

const NAME_BOX = { width: INNER, height: mm(22) }
const NAME = { font: BOLD, maxSize: 22, minSize: 13, maxLines: 2 }
const MAKER_BOX = { width: INNER, height: mm(10) }
const MAKER = {
  font: REGULAR,
  maxSize: 10.5,
  minSize: 8,
  maxLines: 2,
  color: MUTED,
}
const CAPTION_BOX = { width: INNER, height: mm(8) }
const CAPTION = {
  font: REGULAR,
  maxSize: 9,
  minSize: 7,
  maxLines: 2,
  align: "center" as const,
  color: MUTED,
}

/** Pixels of the embedded photo: about 250 dpi at its printed size. */
export const POSTER_PHOTO_PIXELS = { width: 900, height: 356 }

/** The A6 poster of one product; `photo` is a JPEG or PNG, or null to lay out without one. */
export async function renderPoster(
  product: QrSheetProduct,
  photo: Buffer | null
): Promise<Buffer> {
  const doc = createSheet("A6", `${product.title} — mã QR`)
  doc.addPage({ size: "A6", margin: 0 })
  const maker = producerLine(product)
  const caption = measureFit(doc, SCAN_CAPTION, CAPTION_BOX, CAPTION)
  // The QR code keeps its minimum size: a long name and producer take height from the photo.
  const text =
    measureFit(doc, product.title, NAME_BOX, NAME).height +
    mm(1.5) +
    (priceLine(product) || product.stars ? PRICE_ROW + mm(1) : 0) +
    (maker ? measureFit(doc, maker, MAKER_BOX, MAKER).height + GAP : 0)
  const room = PAGE.height - 2 * MARGIN - caption.height - mm(1) - QR_MIN - text
  const photoHeight = Math.min(PHOTO_HEIGHT, room - GAP * 1.5)
  let y = MARGIN

  if (photo && photoHeight >= PHOTO_MIN_HEIGHT) {
    doc.save()
    doc.roundedRect(MARGIN, y, INNER, photoHeight, mm(2)).clip()
    doc.image(photo, MARGIN, y, {
      cover: [INNER, photoHeight],
      align: "center",
      valign: "center",
    })
    doc.restore()
    y += photoHeight + GAP * 1.5
  }

  y +=
    fitText(doc, product.title, { x: MARGIN, y, ...NAME_BOX }, NAME) + mm(1.5)

  y += priceRow(doc, product, y) + mm(1)

  if (maker) {
    y += fitText(doc, maker, { x: MARGIN, y, ...MAKER_BOX }, MAKER) + GAP
  }

  const bottom = PAGE.height - MARGIN - caption.height - mm(1)
  const qrSize = Math.max(QR_MIN, Math.min(QR_MAX, bottom - y))
  // Without a photo the code cannot grow forever: it sits in the middle of what is left.
  const qrTop = Math.min(
    y + Math.max(0, (bottom - y - qrSize) / 2),
    bottom - qrSize
  )
  drawQrCode(doc, product.link, (PAGE.width - qrSize) / 2, qrTop, qrSize)
  fitText(
    doc,
    SCAN_CAPTION,
    { x: MARGIN, y: qrTop + qrSize + mm(1), ...CAPTION_BOX },
    CAPTION
  )
  return pdfBytes(doc)
}

/** The price on the left, "OCOP" and its stars on the right; returns the row's height. */
function priceRow(
  doc: PDFKit.PDFDocument,
  product: QrSheetProduct,
  y: number
): number {
  const height = PRICE_ROW
  let starsWidth = 0
  if (product.stars) {
    const size = mm(4.2)
    const gap = mm(1.2)
    doc.font(BOLD).fontSize(10)
    const label = "OCOP"
    const labelWidth = doc.widthOfString(label)
    const rowWidth =
      labelWidth +
      gap +
      size * product.stars +
      size * 0.15 * (product.stars - 1)
    const left = MARGIN + INNER - rowWidth
    doc
      .fillColor("#111111")
      .text(label, left, y + (height - doc.currentLineHeight()) / 2, {
        lineBreak: false,
      })
    drawStars(
      doc,
      product.stars,
      left + labelWidth + gap,
      y + (height - size) / 2,
      size
    )
    starsWidth = rowWidth + mm(3)
  }
  const price = priceLine(product)
  if (price) {
    fitText(
      doc,
      price,
      { x: MARGIN, y, width: INNER - starsWidth, height },
      { font: BOLD, maxSize: 18, minSize: 11, maxLines: 1, color: PRICE_COLOR }
    )
  }
  return price || product.stars ? height : 0
}
