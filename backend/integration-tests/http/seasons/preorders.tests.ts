import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { tetBreak } from "../../../src/domain/tet-break"
import { refreshTimedChanges } from "../../../src/jobs/refresh-timed-changes"
import { vietnamDate } from "../../../src/domain/harvest-season"
import { type ApiResponse, type ErrorBody, settled } from "../../utils/api"
import type { PortalPreorder } from "../../../src/types/producer-portal/http"
import {
  type CheckoutWorld,
  createCheckoutWorld,
  prepareVietqrCart,
} from "../checkout/fixtures"
import { seedProducer, seedProduct } from "../../utils/catalogue"
import { signInProducerMember } from "../portal/portal-fixtures"
import type { SuiteContext } from "../../utils/suite"

// A producer announces its next harvest; shoppers pre-order the sold-out product up to the
// announced quantity and their orders keep the date the shop promised to ship.

/** What these routes answer, accepted or refused. */
type Answer = ApiResponse<
  ErrorBody & {
    product?: { preorder: PortalPreorder | null }
    order?: { id: string }
  }
>
const answer = (request: Promise<unknown>) =>
  settled(request) as Promise<Answer>

const DAY_MS = 24 * 60 * 60 * 1000
const daysAhead = (days: number) =>
  vietnamDate(new Date(Date.now() + days * DAY_MS))

/** A day inside the next Tết break that is still to come, and the first day after that break. */
function nextTetBreakDay() {
  const today = vietnamDate(new Date())
  const year = Number(today.slice(0, 4))
  for (const candidate of [year, year + 1]) {
    const stop = tetBreak(candidate)
    if (stop && stop.from > today) {
      const after = new Date(Date.parse(`${stop.to}T00:00:00Z`) + DAY_MS)
      return { inside: stop.from, after: after.toISOString().slice(0, 10) }
    }
  }
  throw new Error("no Tết break ahead in the table: extend LUNAR_NEW_YEAR")
}

export function preordersTests({ api, getContainer }: SuiteContext) {
  let world: CheckoutWorld
  let member: Awaited<ReturnType<typeof signInProducerMember>>

  beforeEach(async () => {
    world = await createCheckoutWorld(getContainer(), { stock: 0 })
    member = await signInProducerMember(api, getContainer(), world.producerId)
  })

  const announce = (body: Record<string, unknown>) =>
    answer(
      api.post(`/producer/products/${world.productId}/preorder`, body, member)
    )
  const cartOf = (quantity: number) =>
    answer(
      api.post(
        "/store/carts",
        {
          region_id: world.regionId,
          items: [{ variant_id: world.variantId, quantity }],
        },
        { headers: world.headers }
      )
    )
  const complete = (cartId: string) =>
    answer(
      api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers: world.headers }
      )
    )

  it("takes pre-orders of a sold-out product up to the announced quantity, each order keeping its ship date", async () => {
    expect((await cartOf(1)).status).toEqual(400)

    const harvestOn = daysAhead(30)
    const announced = await announce({ harvest_on: harvestOn, quantity: 3 })
    expect(announced.status).toEqual(200)
    expect(announced.data.product!.preorder!).toMatchObject({
      harvest_on: harvestOn,
      quantity: 3,
      ordered: 0,
      remaining: 3,
      open: true,
    })

    const tooMany = await cartOf(4)
    expect(tooMany.status).toEqual(400)
    expect(tooMany.data.message).toMatch(/quantity: Chỉ còn 3 suất đặt trước/)

    const { cartId } = await prepareVietqrCart(api, world, 2)
    const placed = await complete(cartId)
    expect(placed.data.type).toEqual("order")
    const orderId = placed.data.order!.id

    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "items.id", "preorder_lines.*"],
      filters: { id: orderId },
    })
    expect(order.preorder_lines).toEqual([
      expect.objectContaining({
        line_item_id: order.items![0]!.id,
        quantity: 2,
        ships_on: announced.data.product!.preorder!.ships_on,
      }),
    ])
    const portal: ApiResponse<{
      orders: { id: string; items: { ships_on: string | null }[] }[]
    }> = await api.get("/producer/orders", member)
    const portalOrder = portal.data.orders.find(({ id }) => id === orderId)
    expect(portalOrder?.items[0].ships_on).toEqual(
      announced.data.product!.preorder!.ships_on
    )
    const product = await api.get(
      `/producer/products/${world.productId}`,
      member
    )
    expect(product.data.product.preorder).toMatchObject({
      ordered: 2,
      remaining: 1,
    })

    const belowOrdered = await announce({
      harvest_on: harvestOn,
      quantity: 1,
    })
    expect(belowOrdered.status).toEqual(400)
    expect(belowOrdered.data.message).toMatch(
      /quantity: .*already pre-ordered 2/
    )

    // Two shoppers race for the last unit: exactly one gets it.
    const carts = await Promise.all([
      prepareVietqrCart(api, world, 1),
      prepareVietqrCart(api, world, 1),
    ])
    const outcomes = await Promise.all(
      carts.map(({ cartId }) => complete(cartId))
    )
    expect(
      outcomes.filter((outcome) => outcome.data.type === "order")
    ).toHaveLength(1)
    const refused = outcomes.find((outcome) => outcome.status === 400)
    expect(refused?.data.message).toMatch(/quantity: Chỉ còn 0 suất đặt trước/)
    const after = await api.get(`/producer/products/${world.productId}`, member)
    expect(after.data.product.preorder).toMatchObject({
      ordered: 3,
      remaining: 0,
      open: false,
    })
  })

  it("names the wrong field of an announcement, moves a harvest in the Tết break past it, and stops pre-orders when withdrawn", async () => {
    const past = await announce({ harvest_on: "2020-01-01", quantity: 0 })
    expect(past.status).toEqual(400)
    expect((past.data.errors ?? []).map((error) => error.field).sort()).toEqual(
      ["harvest_on", "quantity"]
    )
    expect(
      (await announce({ harvest_on: daysAhead(400), quantity: 5 })).data
        .errors?.[0]?.field
    ).toEqual("harvest_on")

    const tet = nextTetBreakDay()
    const inTet = await announce({ harvest_on: tet.inside, quantity: 5 })
    expect(inTet.data.product!.preorder).toMatchObject({
      harvest_on: tet.inside,
      ships_on: tet.after,
    })
    expect((await cartOf(2)).status).toEqual(200)

    // The harvest day closes pre-orders with no write: the timed-changes job announces it.
    const container = getContainer()
    expect(
      (await refreshTimedChanges(container, new Date())).product_ids
    ).not.toContain(world.productId)
    expect(
      (
        await refreshTimedChanges(
          container,
          new Date(`${tet.inside}T01:00:00+07:00`)
        )
      ).product_ids
    ).toContain(world.productId)

    const withdrawn = await answer(
      api.delete(`/producer/products/${world.productId}/preorder`, member)
    )
    expect(withdrawn.status).toEqual(200)
    expect(withdrawn.data.product!.preorder).toBeNull()
    expect((await cartOf(1)).status).toEqual(400)

    const other = await seedProduct(container, {
      salesChannelId: world.salesChannelId,
      producerId: (await seedProducer(container)).id,
      title: "Bí mì sợi của người khác",
    })
    const notYours = await answer(
      api.post(
        `/producer/products/${other.id}/preorder`,
        { harvest_on: daysAhead(30), quantity: 5 },
        member
      )
    )
    expect(notYours.status).toEqual(404)
  })
}
