import fs from "node:fs"
import path from "node:path"
import { MedusaError } from "@medusajs/framework/utils"

// PDF's standard fonts have no Vietnamese letters (ầ, ữ, đ…) nor the đồng sign: the sheets embed
// Be Vietnam Pro (SIL OFL), shipped in the repository's assets/fonts.

export const REGULAR = "be-vietnam-pro"
export const BOLD = "be-vietnam-pro-bold"

const FILES: Record<typeof REGULAR | typeof BOLD, string> = {
  [REGULAR]: "BeVietnamPro-Regular.ttf",
  [BOLD]: "BeVietnamPro-Bold.ttf",
}

/**
 * `assets/fonts` beside the backend: the backend runs from `backend/` in development and tests
 * and from `/app/server` in the Docker image, which copies the fonts to `/app/assets/fonts`.
 */
export function fontFolder(cwd: string = process.cwd()): string {
  return path.resolve(cwd, "..", "assets", "fonts")
}

type FontFiles = Record<keyof typeof FILES, Buffer>

const loaded = new Map<string, FontFiles>()

/** The font files, read once per process; a clear error names the folder when one is missing. */
export function loadFonts(folder: string = fontFolder()): FontFiles {
  const cached = loaded.get(folder)
  if (cached) {
    return cached
  }
  const read = (name: keyof typeof FILES) => {
    const file = path.join(folder, FILES[name])
    try {
      return fs.readFileSync(file)
    } catch {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Cannot print QR sheets: the font ${FILES[name]} is missing from ${folder}. Copy the repository's assets/fonts folder there (the Docker image copies it to /app/assets/fonts).`
      )
    }
  }
  const fonts = { [REGULAR]: read(REGULAR), [BOLD]: read(BOLD) }
  loaded.set(folder, fonts)
  return fonts
}

/** Registers both fonts on a document, under the names REGULAR and BOLD. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const fonts = loadFonts()
  doc.registerFont(REGULAR, fonts[REGULAR])
  doc.registerFont(BOLD, fonts[BOLD])
}
