import type {
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider } from "@medusajs/framework/utils"

/**
 * A payment method whose money moves outside any API the market calls: the shopper's own bank
 * transfer, or a gateway that took the money before the order existed. Capturing, refunding
 * (an officer's transfer, or a refund in the gateway's merchant portal) and cancelling only
 * record in Medusa what already happened, so the session's data passes through unchanged.
 */
export abstract class RecordOnlyPaymentProvider<
  TOptions extends Record<string, unknown>,
> extends AbstractPaymentProvider<TOptions> {
  async capturePayment({
    data,
  }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data }
  }

  async refundPayment({
    data,
  }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data }
  }

  async cancelPayment({
    data,
  }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data }
  }

  async deletePayment({
    data,
  }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data }
  }

  async retrievePayment({
    data,
  }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data }
  }
}
