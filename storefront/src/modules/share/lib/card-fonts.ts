import "server-only"

import { readFile } from "node:fs/promises"
import path from "node:path"

// Be Vietnam Pro ships in the repository (assets/fonts, SIL OFL): satori draws only the glyphs
// of the fonts it is given, and its default font has no Vietnamese marks. The storefront runs
// from storefront/ (locally and in Docker, /app/storefront), so the fonts sit one level up.
const FONT_DIR = path.join(process.cwd(), "..", "assets", "fonts")

export interface CardFont {
  name: string
  data: ArrayBuffer
  weight: 400 | 700
  style: "normal"
}

let fonts: Promise<CardFont[]> | null = null

async function load(file: string, weight: 400 | 700): Promise<CardFont> {
  const buffer = await readFile(path.join(FONT_DIR, file))
  const data = buffer.buffer.slice(
    buffer.byteOffset,
    buffer.byteOffset + buffer.byteLength
  ) as ArrayBuffer
  return { name: "Be Vietnam Pro", data, weight, style: "normal" }
}

/** Both weights, read once per server process. */
export function cardFonts(): Promise<CardFont[]> {
  if (!fonts) {
    fonts = Promise.all([
      load("BeVietnamPro-Regular.ttf", 400),
      load("BeVietnamPro-Bold.ttf", 700),
    ]).catch((error: unknown) => {
      // A failed read is not kept: the next card tries again.
      fonts = null
      throw error
    })
  }
  return fonts
}
