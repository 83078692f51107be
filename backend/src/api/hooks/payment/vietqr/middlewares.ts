import { timingSafeEqual } from "node:crypto"
import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { readMarketEnv } from "../../../../config/env"
import { processBankTransactionWorkflow } from "../../../../workflows/payment/process-bank-transaction"
import { validateBodyWithFieldErrors } from "../../../utils/validate-body"
import { SepayTransaction, type SepayTransactionType } from "./validators"

let webhookKey: Buffer | undefined

function sameKey(given: string): boolean {
  webhookKey ??= Buffer.from(readMarketEnv().VIETQR_WEBHOOK_KEY)
  const candidate = Buffer.from(given)
  return (
    candidate.length === webhookKey.length &&
    timingSafeEqual(candidate, webhookKey)
  )
}

/**
 * Medusa's generic /hooks/payment route answers 200 and processes later, so a forged
 * notification must be refused here, before anything is read or written.
 */
export function requireBankWebhookKey(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const header = req.headers.authorization ?? ""
  const match = /^Apikey\s+(.+)$/i.exec(header.trim())
  if (!match || !sameKey(match[1])) {
    res.status(401).json({
      type: "unauthorized",
      message:
        "Missing or wrong webhook key (expected Authorization: Apikey <key>)",
    })
    return
  }
  next()
}

/**
 * Applies the transaction synchronously and answers SePay's expected `{ success: true }`, so
 * the bank's sender retries only what really failed. Medusa's delayed handler is not reached.
 */
export async function applyBankTransaction(
  req: MedusaRequest<SepayTransactionType>,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const body = req.validatedBody
  try {
    const { result } = await processBankTransactionWorkflow(req.scope).run({
      input: {
        transaction_id: String(body.id),
        gateway: body.gateway ?? null,
        account_number: body.accountNumber ?? null,
        sub_account: body.subAccount ?? null,
        transaction_date: body.transactionDate ?? null,
        content: body.content ?? body.description ?? null,
        transfer_type: body.transferType,
        amount: body.transferAmount,
        raw: req.body as Record<string, unknown>,
      },
    })
    res.status(200).json({ success: true, ...result })
  } catch (error) {
    next(error)
  }
}

export const vietqrWebhookMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/hooks/payment/vietqr_vietqr",
    middlewares: [
      requireBankWebhookKey,
      validateBodyWithFieldErrors(SepayTransaction),
      applyBankTransaction,
    ],
  },
]
