import QRCode from "qrcode"

/**
 * Same code as the storefront's and the emails': medium error correction, which survives a
 * scuffed or slightly wet label, and a quiet zone of two modules inside the drawn square.
 */
const ERROR_CORRECTION = "M"
const QUIET_MODULES = 2

/**
 * Draws `payload`'s QR code as one vector path, a square of `size` points (quiet zone included)
 * at (x, y): it stays sharp on any printer, and one filled path leaves no hairline seams
 * between neighbouring modules.
 */
export function drawQrCode(
  doc: PDFKit.PDFDocument,
  payload: string,
  x: number,
  y: number,
  size: number
): void {
  const { modules } = QRCode.create(payload, {
    errorCorrectionLevel: ERROR_CORRECTION,
  })
  const count = modules.size
  const cell = size / (count + 2 * QUIET_MODULES)
  const origin = { x: x + QUIET_MODULES * cell, y: y + QUIET_MODULES * cell }
  doc.save()
  doc.rect(x, y, size, size).fill("#ffffff")
  for (let row = 0; row < count; row++) {
    let column = 0
    while (column < count) {
      if (!modules.get(row, column)) {
        column++
        continue
      }
      const start = column
      while (column < count && modules.get(row, column)) {
        column++
      }
      doc.rect(
        origin.x + start * cell,
        origin.y + row * cell,
        (column - start) * cell,
        cell
      )
    }
  }
  doc.fill("#000000")
  doc.restore()
}

/** The points of a five-pointed star in a circle of `radius` around (cx, cy), tip up. */
function starPoints(cx: number, cy: number, radius: number): number[][] {
  const inner = radius * 0.4
  return Array.from({ length: 10 }, (_, index) => {
    const r = index % 2 === 0 ? radius : inner
    const angle = -Math.PI / 2 + (index * Math.PI) / 5
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)]
  })
}

/**
 * `count` OCOP stars in a row starting at (x, y), each `size` points wide, in the OCOP gold. The
 * font has no ★ glyph, so they are drawn. Returns the row's width.
 */
export function drawStars(
  doc: PDFKit.PDFDocument,
  count: number,
  x: number,
  y: number,
  size: number
): number {
  const gap = size * 0.15
  doc.save()
  for (let index = 0; index < count; index++) {
    const cx = x + index * (size + gap) + size / 2
    doc.polygon(...starPoints(cx, y + size / 2, size / 2))
  }
  doc.fill("#d4a017")
  doc.restore()
  return count * size + Math.max(0, count - 1) * gap
}
