import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  type CompensateFn,
  type InvokeFn,
  StepResponse,
} from "@medusajs/framework/workflows-sdk"
import type { OrderCreatedAction } from "./order-created/action"
import {
  type DoneAction,
  runOrderCreatedActions,
  undoOrderCreatedActions,
} from "./order-created/action"
import { awaitVietqrTransfer } from "./order-created/await-vietqr-transfer"
import { recordPreorderLines } from "./order-created/record-preorder-lines"

/**
 * Medusa declares the completion's `orderCreated` hook (after the payment is authorized, inside
 * the same transaction of steps) but types only `validate`; this is its registration's shape.
 */
type OrderCreatedHook = <TCompensateInput>(
  invoke: InvokeFn<
    { order_id: string; cart_id: string },
    unknown,
    TCompensateInput
  >,
  compensate?: CompensateFn<TCompensateInput>
) => void
const completionHooks = completeCartWorkflow.hooks as unknown as {
  orderCreated: OrderCreatedHook
}

/**
 * What creating an order does inside the completion itself, in order: pre-ordered units are
 * counted first, so an order refused for them never starts waiting for a transfer.
 */
export const orderCreatedActions = [
  recordPreorderLines,
  awaitVietqrTransfer,
] as OrderCreatedAction<unknown>[]

/** The only handler of this hook. A failure here undoes the whole completion. */
completionHooks.orderCreated(
  async ({ order_id }, { container }) => {
    const done = await runOrderCreatedActions(
      orderCreatedActions,
      order_id,
      container
    )
    return new StepResponse<unknown, DoneAction[]>(done, done)
  },
  async (done, { container }) => {
    if (done?.length) {
      await undoOrderCreatedActions(orderCreatedActions, done, container)
    }
  }
)
