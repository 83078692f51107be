import sharp from "sharp"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { createDraft, signInOnboarder } from "../onboarding/onboarding-fixtures"
import {
  prepareMarketDefaults,
  seedProducerWithProduct,
} from "../portal/portal-fixtures"
import type { SuiteContext } from "../../utils/suite"

const FOREIGN = "https://example.com/dau-tay.jpg"

const product = (images: string[]) => ({
  title: "Dâu tây sấy",
  variants: [{ title: "Hộp 200g", price: 60000, stock: 5 }],
  images,
})

export function ownFileStoreTests({ api, getContainer }: SuiteContext) {
  let member: RequestHeaders
  let onboarder: RequestHeaders
  let admin: RequestHeaders
  let ownUrl: string

  beforeEach(async () => {
    const container = getContainer()
    const market = await prepareMarketDefaults(container)
    member = (await seedProducerWithProduct(api, container, market)).member
    onboarder = await signInOnboarder(api, container)
    admin = await createAdminHeaders(container)

    const photo = await sharp({
      create: { width: 40, height: 30, channels: 3, background: "#c33" },
    })
      .jpeg()
      .toBuffer()
    const form = new FormData()
    form.append(
      "files",
      new Blob([new Uint8Array(photo)], { type: "image/jpeg" }),
      "dau.jpg"
    )
    const uploaded = await api.post("/onboarding/uploads", form, onboarder)
    ownUrl = uploaded.data.files[0].url
  })

  const refused = (request: Promise<unknown>) =>
    request.then(
      () => {
        throw new Error("expected the request to be refused")
      },
      (error) => error.response
    )

  it("portal: refuses a picture hosted elsewhere with a 400 naming images", async () => {
    const response = await refused(
      api.post("/producer/products", product([FOREIGN]), member)
    )

    expect(response.status).toEqual(400)
    expect(response.data.message).toContain("images")
  })

  it("portal: accepts an upload of the market's own file store", async () => {
    const { status, data } = await api.post(
      "/producer/products",
      product([ownUrl]),
      member
    )

    expect(status).toEqual(200)
    expect(data.product.images).toEqual([ownUrl])
  })

  it("onboarding: refuses a foreign picture and accepts an own upload", async () => {
    const producer = await createDraft(api, onboarder)
    const path = `/onboarding/producers/${producer.id}/products`

    const response = await refused(
      api.post(path, product([ownUrl, FOREIGN]), onboarder)
    )
    expect(response.status).toEqual(400)
    expect(response.data.message).toContain("images")

    const accepted = await api.post(path, product([ownUrl]), onboarder)
    expect(accepted.status).toEqual(200)
  })

  it("Medusa Admin: refuses a foreign picture and stores nothing", async () => {
    const body = {
      title: "Dâu tây ngoại",
      handle: "dau-tay-ngoai",
      options: [{ title: "Khối lượng", values: ["200g"] }],
      images: [{ url: FOREIGN }],
      thumbnail: FOREIGN,
    }

    const response = await refused(api.post("/admin/products", body, admin))

    expect(response.status).toEqual(400)
    expect(response.data.message).toContain("images")
    const { data } = await api.get(
      "/admin/products?handle=dau-tay-ngoai",
      admin
    )
    expect(data.products).toEqual([])

    const accepted = await api.post(
      "/admin/products",
      { ...body, images: [{ url: ownUrl }], thumbnail: ownUrl },
      admin
    )
    expect(accepted.status).toEqual(200)
  })
}
