import { BOLD, REGULAR } from "./fonts"
import { drawQrCode, drawStars } from "./marks"
import { createSheet, fitText, measureFit, mm, pdfBytes } from "./pdf"
import type { QrSheetProduct } from "./product-facts"
import { priceLine, producerLine } from "./wording"

// The common A4 sheet of 24 self-adhesive labels of 70 × 37 mm, 3 across and 8 down, with no
// gaps: 3 × 70 mm fill the 210 mm width, 8 × 37 mm = 296 mm leave 0.5 mm above and below.

export const LABEL = { width: mm(70), height: mm(37) }
export const COLUMNS = 3
export const ROWS = 8
export const LABELS_PER_PAGE = COLUMNS * ROWS
const TOP = mm(0.5)

/**
 * Inside each label. Office printers leave the last 3–4 mm of the sheet blank: the QR code's own
 * quiet zone adds to the left padding, the text keeps 4 mm from the right edge.
 */
const PADDING = mm(2.5)
const RIGHT_PADDING = mm(4)
const QR_SIZE = LABEL.height - 2 * PADDING
const TEXT_GAP = mm(1.5)
const TEXT_WIDTH = LABEL.width - PADDING - QR_SIZE - TEXT_GAP - RIGHT_PADDING
/** The QR code's own quiet zone already leaves white above and below; the text needs its own. */
const TEXT_INSET = mm(1.5)

const PRICE_COLOR = "#b3261e"
const MUTED = "#4a4a4a"

/**
 * One A4 page per 24 labels, filled row by row, left to right: `labels` names the product of
 * each label in order (a product repeated fills several).
 */
export async function renderLabelSheet(
  labels: QrSheetProduct[],
  title: string
): Promise<Buffer> {
  const doc = createSheet("A4", title)
  labels.forEach((product, index) => {
    const slot = index % LABELS_PER_PAGE
    if (slot === 0) {
      doc.addPage({ size: "A4", margin: 0 })
    }
    drawLabel(
      doc,
      product,
      (slot % COLUMNS) * LABEL.width,
      TOP + Math.floor(slot / COLUMNS) * LABEL.height
    )
  })
  return pdfBytes(doc)
}

/** QR code on the left; name on top, then price (and stars), producer at the foot. */
function drawLabel(
  doc: PDFKit.PDFDocument,
  product: QrSheetProduct,
  x: number,
  y: number
): void {
  drawQrCode(doc, product.link, x + PADDING, y + PADDING, QR_SIZE)
  const left = x + PADDING + QR_SIZE + TEXT_GAP
  const top = y + PADDING + TEXT_INSET
  const bottom = y + LABEL.height - PADDING - TEXT_INSET

  // The foot first: the name takes whatever height the price and producer leave.
  const maker = producerLine(product)
  const makerOptions = {
    font: REGULAR,
    maxSize: 7,
    minSize: 5.5,
    maxLines: 2,
    color: MUTED,
  }
  const makerFit = maker
    ? measureFit(doc, maker, { width: TEXT_WIDTH, height: mm(7) }, makerOptions)
    : null
  const makerTop = bottom - (makerFit?.height ?? 0)
  if (maker) {
    fitText(
      doc,
      maker,
      { x: left, y: makerTop, width: TEXT_WIDTH, height: mm(7) },
      makerOptions
    )
  }

  const price = priceLine(product)
  const priceHeight = mm(5)
  const priceTop = makerTop - (maker ? mm(0.8) : 0) - priceHeight
  let priceWidth = 0
  if (price) {
    const fit = measureFit(
      doc,
      price,
      { width: TEXT_WIDTH, height: priceHeight },
      { font: BOLD, maxSize: 10.5, minSize: 7, maxLines: 1 }
    )
    doc.font(BOLD).fontSize(fit.size)
    priceWidth = Math.min(doc.widthOfString(price), TEXT_WIDTH)
    fitText(
      doc,
      price,
      { x: left, y: priceTop, width: TEXT_WIDTH, height: priceHeight },
      { font: BOLD, maxSize: 10.5, minSize: 7, maxLines: 1, color: PRICE_COLOR }
    )
  }
  let nameBottom = price ? priceTop - mm(0.8) : makerTop
  if (product.stars) {
    const size = mm(2.3)
    const starsWidth = size * product.stars + size * 0.15 * (product.stars - 1)
    // Beside the price when both fit on its line, else on a line of their own above it.
    const beside = !!price && priceWidth + mm(1.5) + starsWidth <= TEXT_WIDTH
    const starsTop = beside
      ? priceTop + (priceHeight - size) / 2 - mm(0.3)
      : nameBottom - size
    drawStars(
      doc,
      product.stars,
      beside ? left + priceWidth + mm(1.5) : left,
      starsTop,
      size
    )
    if (!beside) {
      nameBottom = starsTop - mm(1)
    }
  }

  fitText(
    doc,
    product.title,
    { x: left, y: top, width: TEXT_WIDTH, height: nameBottom - top },
    { font: BOLD, maxSize: 11, minSize: 6.5, maxLines: 3 }
  )
}
