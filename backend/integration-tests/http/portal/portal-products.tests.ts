import type { RequestHeaders } from "../../utils/admin"
import {
  prepareMarketDefaults,
  seedProducerWithProduct,
} from "./portal-fixtures"
import type { SuiteContext } from "../../utils/suite"

type Seeded = Awaited<ReturnType<typeof seedProducerWithProduct>>

export function portalProductsTests({ api, getContainer }: SuiteContext) {
  let owner: Seeded
  let other: Seeded
  let member: RequestHeaders

  beforeEach(async () => {
    const container = getContainer()
    const market = await prepareMarketDefaults(container)
    owner = await seedProducerWithProduct(api, container, market)
    other = await seedProducerWithProduct(api, container, market)
    member = owner.member
  })

  const fail = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error("expected the request to fail")
      },
      (error) => error.response
    )

  const newProduct = {
    title: "Bí mì sợi",
    subtitle: "Bí ăn như mì",
    description: "Trồng ở Xuân Thọ",
    status: "published",
    variants: [
      { title: "1kg", price: 45000, stock: 12 },
      { title: "2kg", price: 85000, stock: 4 },
    ],
  }

  it("signs a member in through Medusa's emailpass route and tells who it acts for", async () => {
    const { data } = await api.get("/producer/me", member)

    expect(data.member.email).toEqual(owner.member.email)
    expect(data.producer).toMatchObject({
      id: owner.producer.id,
      handle: owner.producer.handle,
      status: "verified",
    })
  })

  it("lists only the member's own products with variants, prices and listings", async () => {
    const { data } = await api.get("/producer/products", member)

    expect(data.count).toEqual(1)
    expect(data.products.map((p) => p.id)).toEqual([owner.product.id])
    expect(data.products[0]).toMatchObject({
      title: owner.product.title,
      visible_to_shoppers: true,
      variants: [{ id: owner.variantId, price: 120000 }],
      marketplace_listings: [{ marketplace: "voso" }],
    })
    expect(JSON.stringify(data)).not.toContain(other.product.id)
  })

  it("creates a product with VND-priced, stocked variants that shoppers can find", async () => {
    const { data } = await api.post("/producer/products", newProduct, member)

    expect(data.product).toMatchObject({
      title: "Bí mì sợi",
      status: "published",
      visible_to_shoppers: true,
      variants: expect.arrayContaining([
        expect.objectContaining({ title: "1kg", price: 45000, stock: 12 }),
        expect.objectContaining({ title: "2kg", price: 85000, stock: 4 }),
      ]),
    })
    const list = await api.get("/producer/products", member)
    expect(list.data.count).toEqual(2)
    const otherList = await api.get("/producer/products", other.member)
    expect(JSON.stringify(otherList.data)).not.toContain(data.product.id)
  })

  it.each([
    [{ ...newProduct, title: "" }, /title/],
    [{ ...newProduct, title: "<b></b>" }, /title/],
    [{ ...newProduct, variants: [] }, /variants/],
    [{ ...newProduct, variants: [{ title: "1kg", price: 0 }] }, /price/],
    [{ ...newProduct, variants: [{ title: "1kg", price: 1200.5 }] }, /price/],
    [
      { ...newProduct, variants: [{ title: "1kg", price: 1, stock: -1 }] },
      /stock/,
    ],
  ])(
    "refuses a product with bad input and names the field (%#)",
    async (body, field) => {
      const response = await fail(api.post("/producer/products", body, member))

      expect(response.status).toEqual(400)
      expect(response.data.message).toMatch(field)
      const list = await api.get("/producer/products", member)
      expect(list.data.count).toEqual(1)
    }
  )

  it("updates text with markup stripped before it can reach a page", async () => {
    const { data } = await api.post(
      `/producer/products/${owner.product.id}`,
      {
        title: "Hồng <script>alert(1)</script>treo gió",
        description: '<img src=x onerror="alert(1)">Ngọt tự nhiên',
        status: "draft",
      },
      member
    )

    expect(data.product).toMatchObject({
      title: "Hồng treo gió",
      description: "Ngọt tự nhiên",
      status: "draft",
      visible_to_shoppers: false,
    })
  })

  it("sets a variant's price and stock, and refuses 0 đồng and negative stock", async () => {
    const created = await api.post("/producer/products", newProduct, member)
    const product = created.data.product
    const variant = product.variants.find((v) => v.title === "1kg")

    const { data } = await api.post(
      `/producer/products/${product.id}/variants/${variant.id}`,
      { price: 52000, stock: 30 },
      member
    )
    expect(data.product.variants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: variant.id, price: 52000, stock: 30 }),
      ])
    )

    const zero = await fail(
      api.post(
        `/producer/products/${product.id}/variants/${variant.id}`,
        { price: 0 },
        member
      )
    )
    expect(zero.status).toEqual(400)
    expect(zero.data.message).toMatch(/price/)
    const negative = await fail(
      api.post(
        `/producer/products/${product.id}/variants/${variant.id}`,
        { stock: -3 },
        member
      )
    )
    expect(negative.status).toEqual(400)
    expect(negative.data.message).toMatch(/stock/)
  })

  it("adds, changes and removes marketplace links with the foundation's URL rules", async () => {
    const path = `/producer/products/${owner.product.id}/marketplace-listings`
    const added = await api.post(
      path,
      { marketplace: "postmart", url: "https://postmart.vn/hong-treo-gio" },
      member
    )
    const postmart = added.data.product.marketplace_listings.find(
      (l) => l.marketplace === "postmart"
    )
    expect(postmart.url).toEqual("https://postmart.vn/hong-treo-gio")

    const lookalike = await fail(
      api.post(
        path,
        { marketplace: "postmart", url: "https://postmart.vn.evil.example/" },
        member
      )
    )
    expect(lookalike.status).toEqual(400)
    expect(lookalike.data.message).toMatch(/postmart\.vn/)

    const changed = await api.post(
      `${path}/${postmart.id}`,
      { url: "https://www.postmart.vn/san-pham/hong" },
      member
    )
    expect(changed.data.product.marketplace_listings).toEqual(
      expect.arrayContaining([
        { ...postmart, url: "https://www.postmart.vn/san-pham/hong" },
      ])
    )
    const wrongHost = await fail(
      api.post(`${path}/${postmart.id}`, { url: "https://voso.vn/x" }, member)
    )
    expect(wrongHost.status).toEqual(400)

    const removed = await api.delete(`${path}/${postmart.id}`, member)
    expect(
      removed.data.product.marketplace_listings.map((l) => l.id)
    ).not.toContain(postmart.id)
  })

  it("archives a product: hidden from shoppers, kept in the portal, back when published", async () => {
    const archived = await api.post(
      `/producer/products/${owner.product.id}/archive`,
      {},
      member
    )
    expect(archived.data.product).toMatchObject({
      archived: true,
      status: "draft",
      visible_to_shoppers: false,
    })

    const published = await api.post(
      `/producer/products/${owner.product.id}`,
      { status: "published" },
      member
    )
    expect(published.data.product).toMatchObject({
      archived: false,
      visible_to_shoppers: true,
    })
  })

  it("answers 404 for another producer's product, variant and listing, changing nothing", async () => {
    const attempts = [
      () => api.get(`/producer/products/${other.product.id}`, member),
      () =>
        api.post(
          `/producer/products/${other.product.id}`,
          { title: "Của tôi" },
          member
        ),
      () =>
        api.post(
          `/producer/products/${other.product.id}/variants/${other.variantId}`,
          { price: 1000 },
          member
        ),
      () =>
        api.post(
          `/producer/products/${owner.product.id}/variants/${other.variantId}`,
          { price: 1000 },
          member
        ),
      () =>
        api.delete(
          `/producer/products/${owner.product.id}/marketplace-listings/${other.listing.id}`,
          member
        ),
      () =>
        api.post(`/producer/products/${other.product.id}/archive`, {}, member),
    ]
    for (const attempt of attempts) {
      const response = await fail(attempt())
      expect(response.status).toEqual(404)
    }
    const { data } = await api.get("/producer/products", other.member)
    expect(data.products[0]).toMatchObject({
      title: other.product.title,
      status: "published",
      variants: [{ price: 120000 }],
      marketplace_listings: [{ id: other.listing.id }],
    })
  })

  it("refuses a missing or wrong password", async () => {
    const response = await fail(
      api.post("/auth/producer/emailpass", {
        email: owner.member.email,
        password: "sai-mat-khau",
      })
    )
    expect(response.status).toEqual(401)
  })
}
