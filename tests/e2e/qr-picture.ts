import jsQR from "jsqr"
import { PNG } from "pngjs"

export interface QrPicture {
  /** The text the QR code holds, or null when none can be read. */
  text: string | null
  width: number
  height: number
  /** Whether something dark is printed in the band under the code (the amount, the reference). */
  printedUnder: boolean
}

/** Reads a saved QR picture the way a banking app's "scan from image" does. */
export function readQrPicture(png: Buffer): QrPicture {
  const { width, height, data } = PNG.sync.read(png)
  const code = jsQR(new Uint8ClampedArray(data), width, height)
  // The QR itself is square and at the top: what lies below its width is the caption.
  let printedUnder = false
  for (let y = width; y < height && !printedUnder; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4
      if (data[at] + data[at + 1] + data[at + 2] < 200) {
        printedUnder = true
        break
      }
    }
  }
  return { text: code?.data ?? null, width, height, printedUnder }
}
