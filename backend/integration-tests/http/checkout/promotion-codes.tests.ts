import type { HttpTypes, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCampaignsWorkflow,
  createPromotionsWorkflow,
} from "@medusajs/medusa/core-flows"
import type BankTransferModuleService from "../../../src/modules/bank-transfer/service"
import { producerTagValue } from "../../../src/domain/promotion-codes"
import { settled } from "../../utils/api"
import { seedProducer } from "../../utils/catalogue"
import { runWorkflow } from "../../utils/workflows"
import type { SuiteContext } from "../../utils/suite"
import {
  type CheckoutWorld,
  addStockedProduct,
  createCheckoutWorld,
  SHIPPING_ADDRESS,
  VIETQR,
} from "./fixtures"

type CartWithDiscounts = HttpTypes.StoreCart & {
  promotions?: { code?: string | null }[]
}
type PromotionAnswer = {
  cart: CartWithDiscounts
  not_applied: { code: string; reason: string; producer_name?: string }[]
}

const CART_FIELDS =
  "id,total,discount_total,item_total,shipping_total,*promotions,items.id,items.variant_id,items.discount_total,items.total"

let sequence = 0

/** A second producer's product in the world's channel, stocked at its location. */
async function addOtherProducersProduct(
  container: MedusaContainer,
  world: CheckoutWorld,
  price: number
) {
  const n = ++sequence
  return addStockedProduct(container, world, {
    title: `Hồng treo gió ${n}`,
    handle: `hong-treo-gio-promo-${n}`,
    price,
    stock: 10,
  })
}

async function producerTagId(container: MedusaContainer, producerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({
    entity: "producer",
    fields: ["handle"],
    filters: { id: producerId },
  })
  const [tag] = await container
    .resolve(Modules.PRODUCT)
    .listProductTags({ value: producerTagValue(producer.handle as string) })
  return tag.id
}

/** A code an officer limits to one producer in Medusa Admin: a product rule on its tag. */
async function createProducerCode(
  container: MedusaContainer,
  code: string,
  producerId: string,
  percent: number
) {
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        {
          code,
          type: "standard",
          status: "active",
          application_method: {
            type: "percentage",
            target_type: "items",
            allocation: "across",
            value: percent,
            currency_code: "vnd",
            target_rules: [
              {
                attribute: "items.product.tags.id",
                operator: "in",
                values: [await producerTagId(container, producerId)],
              },
            ],
          },
        },
      ],
    },
  })
}

export function promotionCodesTests({ api, getContainer }: SuiteContext) {
  let world: CheckoutWorld

  beforeEach(async () => {
    // 15% of 33.333 ₫ is 4.999,95 ₫: a fraction of a đồng a bank transfer cannot carry.
    world = await createCheckoutWorld(getContainer(), { price: 33333 })
  })

  const store = () => ({ headers: world.headers })

  async function cartWith(variantIds: string[]) {
    const { data: created } = await api.post(
      "/store/carts",
      {
        region_id: world.regionId,
        email: "lan@example.vn",
        items: variantIds.map((variant_id) => ({ variant_id, quantity: 1 })),
      },
      store()
    )
    const cart = (created as HttpTypes.StoreCartResponse).cart
    await api.post(
      `/store/carts/${cart.id}`,
      { shipping_address: SHIPPING_ADDRESS, billing_address: SHIPPING_ADDRESS },
      store()
    )
    await api.post(
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: world.shippingOptionId },
      store()
    )
    return cart.id
  }

  const applyCode = async (cartId: string, code: string) => {
    const response = await api.post(
      `/store/carts/${cartId}/promotions?fields=${CART_FIELDS}`,
      { promo_codes: [code] },
      store()
    )
    return response as { status: number; data: PromotionAnswer }
  }

  it("lowers only the producer's lines, in whole đồng for the shopper, and the VietQR amount is the order's total", async () => {
    const container = getContainer()
    const other = await addOtherProducersProduct(container, world, 50000)
    await createProducerCode(container, "DAUTAY15", world.producerId, 15)
    const cartId = await cartWith([world.variantId, other.variantId])

    const { data } = await applyCode(cartId, "DAUTAY15")

    expect(data.not_applied).toEqual([])
    expect(data.cart.promotions?.map((p) => p.code)).toEqual(["DAUTAY15"])
    const line = (variantId: string) =>
      data.cart.items!.find((item) => item.variant_id === variantId)!
    expect(Number(line(world.variantId).discount_total)).toBe(5000)
    expect(Number(line(other.variantId).discount_total)).toBe(0)
    expect(Number(data.cart.total)).toBe(33333 + 50000 + 30000 - 5000)

    const { data: collection } = await api.post(
      "/store/payment-collections",
      { cart_id: cartId },
      store()
    )
    const { payment_collection } =
      collection as HttpTypes.StorePaymentCollectionResponse
    await api.post(
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      { provider_id: VIETQR },
      store()
    )
    const { data: completed } = await api.post(
      `/store/carts/${cartId}/complete`,
      {},
      store()
    )
    expect(completed.type).toBe("order")
    expect(Number(completed.order.total)).toBe(108333)
    const [awaited] = await container
      .resolve<BankTransferModuleService>("bank_transfer")
      .listVietqrPayments({ order_id: completed.order.id })
    expect(Number(awaited.amount)).toBe(108333)
  })

  it("tells whose code it is when the cart holds none of that producer's products", async () => {
    const container = getContainer()
    const other = await addOtherProducersProduct(container, world, 50000)
    await createProducerCode(container, "DAUTAY15", world.producerId, 15)
    const { data: producer } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "producer",
        fields: ["name"],
        filters: { id: world.producerId },
      })
    const cartId = await cartWith([other.variantId])

    const { data } = await applyCode(cartId, "DAUTAY15")

    expect(data.not_applied).toEqual([
      {
        code: "DAUTAY15",
        reason: "other_producer",
        producer_name: producer[0].name,
      },
    ])
    expect(data.cart.promotions ?? []).toEqual([])
    expect(Number(data.cart.total)).toBe(50000 + 30000)
  })

  it("refuses an unknown code and an expired one with 400, leaving the cart as it was", async () => {
    const container = getContainer()
    const {
      result: [campaign],
    } = await createCampaignsWorkflow(container).run({
      input: {
        campaignsData: [
          {
            name: "Tết",
            campaign_identifier: `tet-${++sequence}`,
            starts_at: new Date(Date.now() - 30 * 86_400_000),
            ends_at: new Date(Date.now() - 86_400_000),
          },
        ],
      },
    })
    await createPromotionsWorkflow(container).run({
      input: {
        promotionsData: [
          {
            code: "HETHAN5",
            type: "standard",
            status: "active",
            campaign_id: campaign.id,
            application_method: {
              type: "percentage",
              target_type: "items",
              allocation: "across",
              value: 5,
              currency_code: "vnd",
            },
          },
        ],
      },
    })
    const cartId = await cartWith([world.variantId])

    const unknown = await settled(applyCode(cartId, "KHONGCO"))
    expect(unknown.status).toBe(400)
    expect(unknown.data.message).toBe("The promotion code KHONGCO is invalid")

    const expired = await settled(applyCode(cartId, "HETHAN5"))
    expect(expired.status).toBe(400)
    expect(expired.data.message).toBe(
      "Mã khuyến mãi HETHAN5 đã hết hạn / The promotion code HETHAN5 has expired"
    )

    const { data } = await api.get(
      `/store/carts/${cartId}?fields=${CART_FIELDS}`,
      store()
    )
    expect(data.cart.promotions ?? []).toEqual([])
    expect(Number(data.cart.total)).toBe(33333 + 30000)
  })

  it("does not place an order with a code that expired after it was added", async () => {
    const container = getContainer()
    const {
      result: [campaign],
    } = await createCampaignsWorkflow(container).run({
      input: {
        campaignsData: [
          {
            name: "Cuối tuần",
            campaign_identifier: `cuoi-tuan-${++sequence}`,
            ends_at: new Date(Date.now() + 86_400_000),
          },
        ],
      },
    })
    await createPromotionsWorkflow(container).run({
      input: {
        promotionsData: [
          {
            code: "CUOITUAN",
            type: "standard",
            status: "active",
            campaign_id: campaign.id,
            application_method: {
              type: "fixed",
              target_type: "order",
              allocation: "across",
              value: 10000,
              currency_code: "vnd",
            },
          },
        ],
      },
    })
    const cartId = await cartWith([world.variantId])
    const { data } = await applyCode(cartId, "CUOITUAN")
    expect(Number(data.cart.discount_total)).toBe(10000)
    const { data: collection } = await api.post(
      "/store/payment-collections",
      { cart_id: cartId },
      store()
    )
    await api.post(
      `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
      { provider_id: VIETQR },
      store()
    )
    await container.resolve(Modules.PROMOTION).updateCampaigns({
      id: campaign.id,
      ends_at: new Date(Date.now() - 1000),
    })

    const refused = await settled(
      api.post(`/store/carts/${cartId}/complete`, {}, store())
    )
    expect(refused.status).toBe(400)
    expect(refused.data.message).toContain("CUOITUAN đã hết hạn")
    const { data: orders } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "order",
        fields: ["id"],
        filters: { email: "lan@example.vn" },
      })
    expect(orders).toEqual([])
  })

  it("keeps a product's producer tag in step with its producer", async () => {
    const container = getContainer()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const tagsOf = async () => {
      const {
        data: [product],
      } = await query.graph({
        entity: "product",
        fields: ["tags.value"],
        filters: { id: world.productId },
      })
      return (product.tags ?? []).map((tag) => tag?.value)
    }
    const first = await query.graph({
      entity: "producer",
      fields: ["handle"],
      filters: { id: world.producerId },
    })
    expect(await tagsOf()).toEqual([
      producerTagValue(first.data[0].handle as string),
    ])

    const next = await seedProducer(container)
    await runWorkflow(container, "link-products-to-producer", {
      producer_id: next.id,
      product_ids: [world.productId],
    })
    expect(await tagsOf()).toEqual([producerTagValue(next.handle)])
  })
}
