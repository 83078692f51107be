import sharp from "sharp"
import { describe, expect, it } from "vitest"
import {
  MAX_PHOTO_BYTES,
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
