import {
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { carrierDisplayName, type CarrierCode } from "../../utils/carriers"
import { findProducerOrderLinesStep } from "./steps/find-producer-order-lines"

export type ShipProducerOrderLinesWorkflowInput = {
  producer_id: string
  order_id: string
  carrier: CarrierCode
  /** Only for a coach company or other carrier, which have no name of their own here. */
  carrier_name?: string | null
  tracking_number: string
}

export const shipProducerOrderLinesWorkflowId = "ship-producer-order-lines"

/**
 * A producer marks its own lines of an order shipped: one Medusa fulfillment for those lines,
 * then a shipment carrying the carrier's tracking number, which the shopper's order page shows.
 * The carrier is kept as its code and the name shoppers see.
 */
export const shipProducerOrderLinesWorkflow = createWorkflow(
  shipProducerOrderLinesWorkflowId,
  (input: ShipProducerOrderLinesWorkflowInput) => {
    const lines = findProducerOrderLinesStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        order_id: input.order_id,
      }))
    )
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ input, lines }, ({ input, lines }) => ({
        order_id: lines.order_id,
        items: lines.items,
        metadata: {
          carrier_code: input.carrier,
          carrier: carrierDisplayName(input.carrier, input.carrier_name),
          producer_id: input.producer_id,
        },
      })),
    })
    createOrderShipmentWorkflow.runAsStep({
      input: transform(
        { input, lines, fulfillment },
        ({ input, lines, fulfillment }) => ({
          order_id: lines.order_id,
          fulfillment_id: fulfillment.id,
          items: lines.items,
          labels: [
            {
              tracking_number: input.tracking_number,
              // Built from the carrier's code when it is read, never stored from input.
              tracking_url: "",
              label_url: "",
            },
          ],
        })
      ),
    })
    return new WorkflowResponse(
      transform({ fulfillment }, ({ fulfillment }) => ({ id: fulfillment.id }))
    )
  }
)
