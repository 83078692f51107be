import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  type CheckoutWorld,
  createCheckoutWorld,
  prepareVietqrCart,
} from "./fixtures"
import type { SuiteContext } from "../../utils/suite"

export function cartIntegrityTests({ api, getContainer }: SuiteContext) {
  let world: CheckoutWorld

  beforeEach(async () => {
    world = await createCheckoutWorld(getContainer(), { stock: 10 })
  })

  const headers = () => ({ headers: world.headers })

  async function newCart() {
    const { data } = await api.post(
      "/store/carts",
      { region_id: world.regionId },
      headers()
    )
    return data.cart.id as string
  }

  async function linesOf(cartId: string) {
    const { data } = await api.get(`/store/carts/${cartId}`, headers())
    return data.cart.items.map((item: { quantity: number }) => item.quantity)
  }

  /** The refusal's status and the fields it names. */
  async function refusal(request: Promise<unknown>) {
    const error = await request.then(
      () => {
        throw new Error("expected the request to be refused")
      },
      (e) => e
    )
    return {
      status: error.response.status,
      fields: error.response.data.errors?.map(
        (e: { field: string }) => e.field
      ),
      message: error.response.data.message as string,
    }
  }

  describe("line quantities", () => {
    it.each([0, -1, 1.5])(
      "refuses adding quantity %s with 400 naming the field and adds nothing",
      async (quantity) => {
        const cartId = await newCart()
        const refused = await refusal(
          api.post(
            `/store/carts/${cartId}/line-items`,
            { variant_id: world.variantId, quantity },
            headers()
          )
        )
        expect(refused).toMatchObject({ status: 400, fields: ["quantity"] })
        expect(await linesOf(cartId)).toEqual([])
      }
    )

    it("refuses adding more than the stock, counting what the cart already holds", async () => {
      const cartId = await newCart()
      const tooMany = await refusal(
        api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: world.variantId, quantity: 11 },
          headers()
        )
      )
      expect(tooMany).toMatchObject({ status: 400, fields: ["quantity"] })
      expect(tooMany.message).toMatch(/10/)
      expect(await linesOf(cartId)).toEqual([])

      await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: world.variantId, quantity: 6 },
        headers()
      )
      const onTop = await refusal(
        api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: world.variantId, quantity: 5 },
          headers()
        )
      )
      expect(onTop).toMatchObject({ status: 400, fields: ["quantity"] })
      expect(await linesOf(cartId)).toEqual([6])
    })

    it("refuses changing a line to 0 or above the stock and keeps the line as it was", async () => {
      const cartId = await newCart()
      const { data } = await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: world.variantId, quantity: 2 },
        headers()
      )
      const lineUrl = `/store/carts/${cartId}/line-items/${data.cart.items[0].id}`

      for (const quantity of [0, -3, 11]) {
        const refused = await refusal(
          api.post(lineUrl, { quantity }, headers())
        )
        expect(refused).toMatchObject({ status: 400, fields: ["quantity"] })
      }
      expect(await linesOf(cartId)).toEqual([2])

      await api.post(lineUrl, { quantity: 10 }, headers())
      expect(await linesOf(cartId)).toEqual([10])
    })
  })

  describe("completing a cart more than once", () => {
    it("makes ONE order when the same cart is completed 6 times at once and again afterwards", async () => {
      const { cartId } = await prepareVietqrCart(api, world)
      const complete = () =>
        api.post(`/store/carts/${cartId}/complete`, {}, headers()).then(
          (response) => ({
            status: response.status,
            orderId: response.data.order?.id as string | undefined,
          }),
          // A call that waited on the cart's lock and gave up: the shopper's retry follows.
          (error) => ({
            status: error.response?.status as number,
            orderId: undefined,
          })
        )

      const concurrent = await Promise.all(Array.from({ length: 6 }, complete))
      const retried = await complete()

      const orderIds = new Set(
        [...concurrent, retried].map((r) => r.orderId).filter(Boolean)
      )
      expect(orderIds.size).toEqual(1)
      expect(retried.orderId).toEqual([...orderIds][0])
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({
        entity: "order_cart",
        fields: ["order_id"],
        filters: { cart_id: cartId },
      })
      expect(links).toHaveLength(1)
      process.stdout.write(
        `concurrent completion: 6 calls → ${concurrent.filter((r) => r.orderId).length} answered with the order, statuses ${concurrent.map((r) => r.status).join(",")}; retry → same order\n`
      )
    })
  })
}
