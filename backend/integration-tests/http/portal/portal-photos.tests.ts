import sharp from "sharp"
import type { RequestHeaders } from "../../utils/admin"
import {
  prepareMarketDefaults,
  seedProducerWithProduct,
} from "./portal-fixtures"
import type { SuiteContext } from "../../utils/suite"

type Seeded = Awaited<ReturnType<typeof seedProducerWithProduct>>

/** A multipart body as a phone browser sends it: one file in the field `file`. */
function photoForm(content: Buffer, filename: string, type: string) {
  const form = new FormData()
  form.append("file", new Blob([new Uint8Array(content)], { type }), filename)
  return form
}

const cameraPhoto = () =>
  sharp({
    create: { width: 3000, height: 2000, channels: 3, background: "#b33a2e" },
  })
    .jpeg({ quality: 90 })
    .toBuffer()

export function portalPhotosTests({ api, getContainer }: SuiteContext) {
  let owner: Seeded
  let other: Seeded

  beforeEach(async () => {
    const container = getContainer()
    const market = await prepareMarketDefaults(container)
    owner = await seedProducerWithProduct(api, container, market)
    other = await seedProducerWithProduct(api, container, market)
  })

  const upload = (productId: string, form: FormData, headers: RequestHeaders) =>
    api.post(`/producer/products/${productId}/photos`, form, headers).then(
      (response) => response,
      (error) => error.response
    )

  it("adds a camera photo to an own product, resized to 1600 px wide WebP", async () => {
    const photo = await cameraPhoto()
    const response = await upload(
      owner.product.id,
      photoForm(photo, "IMG_0001.jpg", "image/jpeg"),
      owner.member
    )
    expect(response.status).toEqual(200)
    const { images, thumbnail } = response.data.product
    expect(images).toHaveLength(1)
    expect(thumbnail).toEqual(images[0])
    expect(images[0]).toMatch(/\.webp$/)

    // The local file provider serves /static from this app (the URL names the configured host).
    const stored = await api.get(new URL(images[0]).pathname, {
      responseType: "arraybuffer",
    })
    expect(stored.status).toEqual(200)
    const metadata = await sharp(Buffer.from(stored.data)).metadata()
    expect(metadata).toMatchObject({
      format: "webp",
      width: 1600,
      height: 1067,
    })
  })

  it("appends a second photo after the first and keeps the thumbnail", async () => {
    const photo = await cameraPhoto()
    const first = await upload(
      owner.product.id,
      photoForm(photo, "a.jpg", "image/jpeg"),
      owner.member
    )
    const second = await upload(
      owner.product.id,
      photoForm(photo, "b.jpg", "image/jpeg"),
      owner.member
    )
    expect(second.data.product.images).toEqual([
      first.data.product.images[0],
      expect.stringMatching(/\.webp$/),
    ])
    expect(second.data.product.thumbnail).toEqual(first.data.product.images[0])
  })

  it("refuses a file that is not a photo with 400 and the field named, whatever its name says", async () => {
    const response = await upload(
      owner.product.id,
      photoForm(Buffer.from("%PDF-1.7"), "anh.jpg", "image/jpeg"),
      owner.member
    )
    expect(response.status).toEqual(400)
    expect(response.data.message).toEqual(
      "file must be a JPEG, PNG, WebP or HEIC photo"
    )
  })

  it("refuses a photo over 15 MB with a message that says the limit", async () => {
    const response = await upload(
      owner.product.id,
      photoForm(Buffer.alloc(16 * 1024 * 1024), "lon.jpg", "image/jpeg"),
      owner.member
    )
    expect(response.status).toEqual(400)
    expect(response.data.message).toContain("file is larger than 15 MB")
  })

  it("answers 400 when no file was sent", async () => {
    const response = await upload(
      owner.product.id,
      new FormData(),
      owner.member
    )
    expect(response.status).toEqual(400)
    expect(response.data.message).toContain("file is required")
  })

  it("answers 404 for another producer's product and leaves its pictures alone", async () => {
    const response = await upload(
      other.product.id,
      photoForm(await cameraPhoto(), "x.jpg", "image/jpeg"),
      owner.member
    )
    expect(response.status).toEqual(404)
    const { data } = await api.get(
      `/producer/products/${other.product.id}`,
      other.member
    )
    expect(data.product.images).toEqual([])
  })
}
