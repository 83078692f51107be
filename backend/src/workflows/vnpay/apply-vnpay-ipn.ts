import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  capturePaymentWorkflow,
  completeCartWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { VnpayParams } from "../../utils/vnpay"
import { decideVnpayIpnStep } from "./steps/decide-vnpay-ipn"
import { findVnpayAttemptStep } from "./steps/find-vnpay-attempt"
import { recordVnpayResultStep } from "./steps/record-vnpay-result"

export const applyVnpayIpnWorkflowId = "apply-vnpay-ipn"

// The lock on the cart is the one Medusa's own completion takes, so neither a redelivered IPN
// nor the shopper's storefront completing the same cart can run beside this workflow.
const LOCK_WAIT_SECONDS = 30
const LOCK_TTL_SECONDS = 120
// A redelivery waiting for the lock only has to read that the result was applied: retry often.
const LOCK_RETRY_SECONDS = 0.1

/**
 * Applies one VNPay IPN: checks signature, attempt, amount and whether it was already applied
 * (under the cart's lock), records the result on the payment session and, for a paid attempt,
 * completes the cart into an order and captures its payment, exactly once.
 */
export const applyVnpayIpnWorkflow = createWorkflow(
  applyVnpayIpnWorkflowId,
  (input: { params: VnpayParams }) => {
    const found = findVnpayAttemptStep(input)
    const cartId = transform({ found }, ({ found }) => found.cart_id)

    when("lock-the-cart", { cartId }, ({ cartId }) => !!cartId).then(() => {
      acquireLockStep({
        key: cartId,
        timeout: LOCK_WAIT_SECONDS,
        ttl: LOCK_TTL_SECONDS,
        retryInterval: LOCK_RETRY_SECONDS,
      })
    })

    const decision = decideVnpayIpnStep(
      transform({ input, found }, ({ input, found }) => ({
        params: input.params,
        signed: found.signed,
      }))
    )

    when(
      "records-the-result",
      { decision },
      ({ decision }) => decision.action !== "none" && !!decision.attempt
    ).then(() => {
      recordVnpayResultStep(
        transform({ decision, input }, ({ decision, input }) => ({
          session: decision.attempt!.session,
          params: input.params,
        }))
      )
    })

    const order = when(
      "pays-the-order",
      { decision },
      ({ decision }) =>
        decision.action === "complete_order" && !!decision.attempt?.cart_id
    ).then(() => {
      const completed = completeCartWorkflow.runAsStep({
        input: transform({ decision }, ({ decision }) => ({
          id: decision.attempt!.cart_id!,
        })),
      })
      const { data: payments } = useQueryGraphStep({
        entity: "payment",
        fields: ["id"],
        filters: transform({ decision }, ({ decision }) => ({
          payment_session_id: decision.attempt!.session.id,
        })),
      }).config({ name: "vnpay-payment-query" })
      capturePaymentWorkflow.runAsStep({
        input: transform({ payments }, ({ payments }) => ({
          payment_id: payments[0].id,
        })),
      })
      return completed
    })

    when("unlock-the-cart", { cartId }, ({ cartId }) => !!cartId).then(() => {
      releaseLockStep({ key: cartId })
    })

    return new WorkflowResponse(
      transform({ decision, order }, ({ decision, order }) => ({
        answer: decision.answer,
        action: decision.action,
        order_id: order?.id ?? decision.attempt?.order_id ?? null,
      }))
    )
  }
)
