import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ProductStatus } from "@medusajs/framework/utils"
import jsQR from "jsqr"
import { PNG } from "pngjs"
import sharp from "sharp"
import { storefrontLink } from "../../../src/utils/public-links"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { type ApiResponse, type ErrorBody, settled } from "../../utils/api"
import { seedProducer, seedProduct } from "../../utils/catalogue"
import {
  customerHeaders,
  prepareMarketDefaults,
  signInProducerMember,
} from "./portal-fixtures"
import type { SuiteContext } from "../../utils/suite"

// The printable QR sheets read back as a printer and a phone would: poppler draws the PDF's
// first page at 150 dpi, jsQR scans it, pdftotext proves the embedded font has the Vietnamese
// letters, pdfinfo gives the paper size.

const NAME = "Dâu tây Nam Anh"
const HIDDEN_NAME = "Hồng treo gió chưa bán"

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "qr-sheets-"))
let fileCount = 0

function pdfFile(pdf: Buffer): string {
  const file = path.join(workDir, `sheet-${++fileCount}.pdf`)
  fs.writeFileSync(file, pdf)
  return file
}

/** The text of a PDF with line breaks as spaces: a label wraps a long name. */
const pdfText = (file: string) =>
  execFileSync("pdftotext", [file, "-"]).toString("utf8").replace(/\s+/g, " ")

/** "297.64 x 419.53" (A6) or "595.28 x 841.89" (A4), in points. */
const pageSize = (file: string) =>
  /Page size:\s+([\d.]+ x [\d.]+) pts/.exec(
    execFileSync("pdfinfo", [file]).toString("utf8")
  )?.[1]

const imageCount = (file: string) =>
  execFileSync("pdfimages", ["-list", file])
    .toString("utf8")
    .trim()
    .split("\n")
    .slice(2).length

function firstPagePng(file: string): PNG {
  const prefix = file.replace(/\.pdf$/, "")
  execFileSync("pdftoppm", [
    "-r",
    "150",
    "-f",
    "1",
    "-l",
    "1",
    "-png",
    "-singlefile",
    file,
    prefix,
  ])
  return PNG.sync.read(fs.readFileSync(`${prefix}.png`))
}

/** What a phone reads in the given part of the picture (the whole of it by default). */
function scan(
  image: PNG,
  area = { x: 0, y: 0, width: image.width, height: image.height }
): string | null {
  const pixels = new Uint8ClampedArray(area.width * area.height * 4)
  for (let row = 0; row < area.height; row++) {
    const from = ((area.y + row) * image.width + area.x) * 4
    pixels.set(
      image.data.subarray(from, from + area.width * 4),
      row * area.width * 4
    )
  }
  return jsQR(pixels, area.width, area.height)?.data ?? null
}

/** Scans each of the 24 labels (70 × 37 mm, 0.5 mm from the top) of a page drawn at 150 dpi. */
function scanLabels(image: PNG): (string | null)[] {
  const px = (millimetres: number) => Math.round((millimetres / 25.4) * 150)
  return Array.from({ length: 24 }, (_, index) =>
    scan(image, {
      x: px((index % 3) * 70),
      y: px(0.5 + Math.floor(index / 3) * 37),
      width: Math.min(px(70), image.width - px((index % 3) * 70)),
      height: px(37),
    })
  )
}

const bodyOf = (answer: ApiResponse<unknown>): ErrorBody =>
  JSON.parse(Buffer.from(answer.data as ArrayBuffer).toString("utf8"))

const photoForm = async () => {
  const photo = await sharp({
    create: { width: 1200, height: 800, channels: 3, background: "#c62828" },
  })
    .jpeg()
    .toBuffer()
  const form = new FormData()
  form.append(
    "file",
    new Blob([new Uint8Array(photo)], { type: "image/jpeg" }),
    "dau-tay.jpg"
  )
  return form
}

export function qrSheetsTests({ api, getContainer }: SuiteContext) {
  let market: Awaited<ReturnType<typeof prepareMarketDefaults>>
  let producer: { id: string; handle: string }
  let product: { id: string; handle: string }
  let hidden: { id: string }
  let member: RequestHeaders
  let admin: RequestHeaders

  beforeEach(async () => {
    const container = getContainer()
    market = await prepareMarketDefaults(container)
    producer = await seedProducer(container, {
      name: "HTX Nông nghiệp Nam Anh",
    })
    product = await seedProduct(container, {
      salesChannelId: market.salesChannelId,
      producerId: producer.id,
      title: NAME,
    })
    hidden = await seedProduct(container, {
      salesChannelId: market.salesChannelId,
      producerId: producer.id,
      title: HIDDEN_NAME,
      status: ProductStatus.DRAFT,
    })
    member = await signInProducerMember(api, container, producer.id)
    admin = await createAdminHeaders(container)
  })

  const download = (url: string, headers?: RequestHeaders) =>
    settled(
      api.get(url, {
        headers: headers?.headers ?? {},
        responseType: "arraybuffer",
      })
    ) as Promise<ApiResponse<unknown>>

  const productLink = () =>
    storefrontLink(`/vi/products/${product.handle}?src=qr`)

  describe("GET /producer/products/:id/qr.pdf", () => {
    it("draws an A6 poster with photo, name, price and stars whose QR opens the product page", async () => {
      const issued = new Date(Date.now() - 30 * 86_400_000)
      await api.post(
        `/admin/products/${product.id}/ocop-certificate`,
        {
          stars: 4,
          decision_number: "12/QĐ-UBND",
          issuing_level: "province",
          issued_at: issued.toISOString().slice(0, 10),
        },
        admin
      )
      await api.post(
        `/producer/products/${product.id}/photos`,
        await photoForm(),
        member
      )

      const answer = await download(
        `/producer/products/${product.id}/qr.pdf?layout=poster`,
        member
      )

      expect(answer.status).toEqual(200)
      expect(answer.headers).toMatchObject({
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${product.handle}-qr-poster.pdf"`,
        "cache-control": "private, no-store",
      })
      const file = pdfFile(Buffer.from(answer.data as ArrayBuffer))
      expect(pageSize(file)).toEqual("297.64 x 419.53")
      const text = pdfText(file)
      expect(text).toContain(NAME)
      expect(text).toContain("120.000 ₫")
      expect(text).toContain("OCOP")
      expect(imageCount(file)).toEqual(1)
      expect(scan(firstPagePng(file))).toEqual(productLink())
    })

    it("draws an A4 sheet of 24 labels, each with a QR code that opens the product page", async () => {
      const answer = await download(
        `/producer/products/${product.id}/qr.pdf?layout=labels`,
        member
      )

      expect(answer.status).toEqual(200)
      expect(answer.headers?.["content-disposition"]).toEqual(
        `attachment; filename="${product.handle}-qr-labels.pdf"`
      )
      const file = pdfFile(Buffer.from(answer.data as ArrayBuffer))
      expect(pageSize(file)).toEqual("595.28 x 841.89")
      expect(pdfText(file)).toContain(NAME)
      expect(scanLabels(firstPagePng(file))).toEqual(
        Array(24).fill(productLink())
      )
    })

    it("refuses a product shoppers cannot see with 400 and what to do, in the asker's language", async () => {
      const url = `/producer/products/${hidden.id}/qr.pdf?layout=poster`
      const vi = await download(url, member)
      const en = await download(url, {
        headers: { ...member.headers, "accept-language": "en-GB,en" },
      })

      expect(vi.status).toEqual(400)
      expect(bodyOf(vi).message).toMatch(/chưa hiển thị với người mua/)
      expect(bodyOf(vi).message).toMatch(/đăng bán sản phẩm/)
      expect(en.status).toEqual(400)
      expect(bodyOf(en).message).toMatch(/not visible to shoppers/)
    })

    it("answers 404 for another producer's product and for an unknown id", async () => {
      const container = getContainer()
      const other = await seedProducer(container)
      const foreign = await seedProduct(container, {
        salesChannelId: market.salesChannelId,
        producerId: other.id,
      })

      for (const id of [foreign.id, "prod_khong_co"]) {
        const answer = await download(
          `/producer/products/${id}/qr.pdf?layout=labels`,
          member
        )
        expect({ id, status: answer.status }).toEqual({ id, status: 404 })
      }
    })

    it("refuses a missing or unknown layout, and any other parameter, with 400 naming it", async () => {
      for (const [query, field] of [
        ["", /layout/],
        ["?layout=a3", /layout/],
        ["?layout=poster&fields=*", /fields/],
      ] as const) {
        const answer = await download(
          `/producer/products/${product.id}/qr.pdf${query}`,
          member
        )
        expect({ query, status: answer.status }).toEqual({
          query,
          status: 400,
        })
        expect(bodyOf(answer).message).toMatch(field)
      }
      // The portal's other reads still take no parameter at all.
      const other = await download(
        `/producer/products/${product.id}?layout=poster`,
        member
      )
      expect(other.status).toEqual(400)
      expect(bodyOf(other).message).toMatch(/layout/)
    })

    it("answers 401 to a shopper, an officer and nobody", async () => {
      const url = `/producer/products/${product.id}/qr.pdf?layout=poster`
      for (const headers of [
        await customerHeaders(getContainer()),
        admin,
        undefined,
      ]) {
        expect((await download(url, headers)).status).toEqual(401)
      }
    })
  })

  describe("GET /admin/producers/:id/qr.pdf", () => {
    it("prints a row of three labels for each product shoppers can see, and none for a hidden one", async () => {
      const second = await seedProduct(getContainer(), {
        salesChannelId: market.salesChannelId,
        producerId: producer.id,
        title: "Bí mì sợi Xuân Thọ",
      })

      const answer = await download(
        `/admin/producers/${producer.id}/qr.pdf?layout=labels`,
        admin
      )

      expect(answer.status).toEqual(200)
      expect(answer.headers).toMatchObject({
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${producer.handle}-qr-labels.pdf"`,
        "cache-control": "private, no-store",
      })
      const file = pdfFile(Buffer.from(answer.data as ArrayBuffer))
      expect(pageSize(file)).toEqual("595.28 x 841.89")
      const text = pdfText(file)
      expect(text).toContain(NAME)
      expect(text).toContain("Bí mì sợi Xuân Thọ")
      expect(text).not.toContain(HIDDEN_NAME)
      const secondLink = storefrontLink(`/vi/products/${second.handle}?src=qr`)
      // Sorted by name: "Bí mì sợi…" fills the first row, "Dâu tây…" the second.
      expect(scanLabels(firstPagePng(file)).slice(0, 6)).toEqual([
        ...Array(3).fill(secondLink),
        ...Array(3).fill(productLink()),
      ])
    })

    it("answers 404 for an unknown producer and 400 for one with nothing on sale", async () => {
      const draftOnly = await seedProducer(getContainer(), {
        status: "submitted",
      })

      const unknown = await download(
        "/admin/producers/prod_khong_co/qr.pdf?layout=labels",
        admin
      )
      const empty = await download(
        `/admin/producers/${draftOnly.id}/qr.pdf?layout=labels`,
        admin
      )

      expect(unknown.status).toEqual(404)
      expect(empty.status).toEqual(400)
      expect(bodyOf(empty).message).toMatch(/chưa có sản phẩm nào hiển thị/)
    })

    it("refuses a missing layout and any layout but labels with 400 naming layout", async () => {
      for (const query of ["", "?layout=poster"]) {
        const answer = await download(
          `/admin/producers/${producer.id}/qr.pdf${query}`,
          admin
        )
        expect({ query, status: answer.status }).toEqual({
          query,
          status: 400,
        })
        expect(bodyOf(answer).message).toMatch(/layout/)
      }
    })

    it("answers 401 to a member and to nobody", async () => {
      const url = `/admin/producers/${producer.id}/qr.pdf?layout=labels`
      expect((await download(url, member)).status).toEqual(401)
      expect((await download(url)).status).toEqual(401)
    })
  })
}
