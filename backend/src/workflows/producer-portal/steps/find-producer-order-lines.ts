import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  marketPaymentStatus,
  PAYMENT_STATE_FIELDS,
} from "../../../domain/payment-state"
import ProducerProductLink from "../../../links/producer-product"

export type ProducerOrderLines = {
  order_id: string
  /** The producer's own lines with what is still to ship. */
  items: { id: string; quantity: number }[]
}

export const findProducerOrderLinesStepId = "find-producer-order-lines"

/**
 * The lines of an order that a producer may ship: its own products' lines, with the quantity
 * not fulfilled yet. An order without any of its lines is NOT_FOUND, like one that does not exist;
 * a canceled or unpaid one has nothing to ship yet.
 */
export const findProducerOrderLinesStep = createStep(
  findProducerOrderLinesStepId,
  async (input: { producer_id: string; order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({
      entity: ProducerProductLink.entryPoint,
      fields: ["product_id"],
      filters: { producer_id: input.producer_id },
    })
    const own = new Set(links.map((link) => link.product_id as string))
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "items.id",
        "items.product_id",
        "items.detail.quantity",
        "items.detail.fulfilled_quantity",
        ...PAYMENT_STATE_FIELDS,
      ],
      filters: { id: input.order_id },
    })
    const order = orders[0]
    const ownLines = (order?.items ?? []).filter(
      (item) => item?.product_id && own.has(item.product_id)
    )
    if (!order || !ownLines.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id: ${input.order_id} was not found`
      )
    }
    if (order.status === "canceled") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This order was canceled: there is nothing to ship."
      )
    }
    const payment = marketPaymentStatus(
      order.status,
      (order.payment_collections ?? []).filter(
        (collection): collection is NonNullable<typeof collection> =>
          !!collection
      )
    )
    if (payment !== "paid") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Order is not paid: ship it once the payment has arrived."
      )
    }
    const items = ownLines
      .map((item) => ({
        id: item!.id,
        quantity: MathBN.convert(item!.detail?.quantity ?? 0)
          .minus(MathBN.convert(item!.detail?.fulfilled_quantity ?? 0))
          .toNumber(),
      }))
      .filter((item) => item.quantity > 0)
    if (!items.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Your lines of this order are already marked shipped."
      )
    }
    return new StepResponse<ProducerOrderLines>({
      order_id: order.id,
      items,
    })
  }
)
