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
import { AbstractPaymentProvider, MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/** A provider's settings as its schema reads them, or one error naming every problem. */
export function providerSettings<TSchema extends z.ZodType>(
  schema: TSchema,
  label: string,
  options: unknown
): z.infer<TSchema> {
  const parsed = schema.safeParse(options)
  if (!parsed.success) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${label} payment settings are invalid: ${parsed.error.issues
        .map((issue) => issue.message)
        .join("; ")}`
    )
  }
  return parsed.data
}

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
