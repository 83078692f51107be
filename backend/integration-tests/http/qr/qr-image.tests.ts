import jsQR from "jsqr"
import { PNG } from "pngjs"
import { qrImageUrl, signQrToken } from "../../../src/utils/qr-image"
import { buildVietQrPayload } from "../../../src/utils/vietqr"
import { settled } from "../../utils/api"
import type { SuiteContext } from "../../utils/suite"

type Answer = {
  status: number
  data: unknown
  headers: Record<string, string | undefined>
}

const PAYLOAD = buildVietQrPayload({
  bankBin: "970415",
  accountNumber: "102874563910",
  amount: 700_000,
  purpose: "OCOP7K3Q9X",
})

/** The path of a QR image address, for the test server's own host and port. */
const pathOf = (url: string) => new URL(url).pathname

/** What a phone's camera reads from a PNG. */
function scan(png: Buffer): string | null {
  const image = PNG.sync.read(png)
  const pixels = new Uint8ClampedArray(image.data)
  return jsQR(pixels, image.width, image.height)?.data ?? null
}

export function qrImageTests({ api }: SuiteContext) {
  const get = (path: string) =>
    settled(api.get(path, { responseType: "arraybuffer" })) as Promise<Answer>

  describe("GET /qr/:token.png", () => {
    it("answers the PNG of a code the market signed, which scans back to the payload and may be cached for good", async () => {
      const answer = await get(pathOf(qrImageUrl(PAYLOAD)))

      expect(answer.status).toEqual(200)
      expect(answer.headers["content-type"]).toEqual("image/png")
      expect(answer.headers["cache-control"]).toEqual(
        "public, max-age=31536000, immutable"
      )
      expect(scan(Buffer.from(answer.data as ArrayBuffer))).toEqual(PAYLOAD)
    })

    it.each([
      [
        "signed with another secret",
        `/qr/${signQrToken(PAYLOAD, "somebody-elses-secret-0123456789")}.png`,
      ],
      [
        "a payload changed under the market's signature",
        pathOf(qrImageUrl(PAYLOAD)).replace(
          /\/qr\/[\w-]+\./,
          `/qr/${Buffer.from("https://lua-dao.example").toString("base64url")}.`
        ),
      ],
      [
        "the market's token without .png",
        pathOf(qrImageUrl(PAYLOAD)).replace(/\.png$/, ""),
      ],
      ["no token at all", "/qr/khong-phai-ma.png"],
    ])(
      "answers 404 with a clear message and no image for %s",
      async (_, path) => {
        const answer = await get(path)
        const body = JSON.parse(
          Buffer.from(answer.data as ArrayBuffer).toString("utf8")
        )

        expect(answer.status).toEqual(404)
        expect(answer.headers["content-type"]).not.toMatch(/image/)
        expect(body.message).toMatch(/This QR code image does not exist/)
      }
    )
  })
}
