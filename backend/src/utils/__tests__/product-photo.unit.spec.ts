import { deflateSync } from "node:zlib"
import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import {
  MAX_PHOTO_BYTES,
  MAX_PHOTO_PIXELS,
  PHOTO_MAX_WIDTH,
  prepareProductPhoto,
} from "../product-photo"

const photo = (width: number, height: number) =>
  sharp({
    create: { width, height, channels: 3, background: "#c0392b" },
  })

describe("prepareProductPhoto", () => {
  it("shrinks a large camera JPEG to the web width and stores it as WebP", async () => {
    const jpeg = await photo(4032, 3024).jpeg().toBuffer()
    const prepared = await prepareProductPhoto(jpeg)
    expect(prepared).toMatchObject({
      mimeType: "image/webp",
      width: PHOTO_MAX_WIDTH,
      height: 1200,
    })
    expect((await sharp(prepared.content).metadata()).format).toEqual("webp")
    expect(prepared.content.length).toBeLessThan(jpeg.length)
  })

  it("keeps a small PNG at its own size", async () => {
    const png = await photo(640, 480).png().toBuffer()
    expect(await prepareProductPhoto(png)).toMatchObject({
      width: 640,
      height: 480,
    })
  })

  it("turns a photo upright from its EXIF orientation", async () => {
    const sideways = await photo(800, 600)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer()
    expect(await prepareProductPhoto(sideways)).toMatchObject({
      width: 600,
      height: 800,
    })
  })

  it("refuses a file that is not a picture, whatever its name says", async () => {
    await expect(
      prepareProductPhoto(Buffer.from("%PDF-1.7 hoa don"))
    ).rejects.toThrow("file must be a JPEG, PNG, WebP or HEIC photo")
  })

  it("refuses a GIF", async () => {
    const gif = await photo(10, 10).gif().toBuffer()
    await expect(prepareProductPhoto(gif)).rejects.toThrow(
      "file must be a JPEG, PNG, WebP or HEIC photo"
    )
  })

  it("refuses a file over the size limit with the limit in the message", async () => {
    await expect(
      prepareProductPhoto(Buffer.alloc(MAX_PHOTO_BYTES + 1))
    ).rejects.toThrow("file is larger than 15 MB")
  })
})

/** CRC-32 of a PNG chunk's type and data (PNG specification, annex D). */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
    }
  }
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A PNG whose header declares width × height while its data is a few bytes: what a decompression
 * bomb looks like to the decoder. Built by hand so the test never holds the picture itself.
 */
function declaredPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(64))),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

describe("prepareProductPhoto and oversized pictures", () => {
  it("reads the crafted header as a 20,000 × 20,000 PNG", async () => {
    const metadata = await sharp(declaredPng(20_000, 20_000), {
      limitInputPixels: false,
    }).metadata()
    expect(metadata).toMatchObject({
      format: "png",
      width: 20_000,
      height: 20_000,
    })
  })

  it("refuses a 400-megapixel PNG before decoding it, naming the limit", async () => {
    const bomb = declaredPng(20_000, 20_000)
    expect(bomb.length).toBeLessThan(1_000)
    const before = process.memoryUsage().rss
    const refused = await prepareProductPhoto(bomb).then(
      () => null,
      (error: unknown) => error
    )
    const grown = process.memoryUsage().rss - before
    expect(refused).toBeInstanceOf(MedusaError)
    expect(refused).toMatchObject({ type: MedusaError.Types.INVALID_DATA })
    expect((refused as MedusaError).message).toBe(
      "file is larger than 40 megapixels: take the photo at a lower resolution (at most 40 MP)"
    )
    expect(MAX_PHOTO_PIXELS).toBe(40_000_000)
    expect(grown).toBeLessThan(200 * 1024 * 1024)
  })

  it("still accepts a 12-megapixel camera photo", async () => {
    const png = await photo(4000, 3000).png().toBuffer()
    expect(await prepareProductPhoto(png)).toMatchObject({
      width: PHOTO_MAX_WIDTH,
      height: 1200,
    })
  })
})
