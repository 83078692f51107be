import { readFileSync } from "node:fs"
import { expect, type APIRequestContext } from "@playwright/test"

function webhookKey(): string {
  const file = process.env.MARKET_SEED_FILE
  if (!file)
    throw new Error(
      "MARKET_SEED_FILE is not set (run through scripts/test.mjs)"
    )
  return JSON.parse(readFileSync(file, "utf8")).vietqr.webhook_key
}

/**
 * The bank reports a shopper's VietQR transfer: the notifier (SePay) is replaced by this request
 * at the HTTP boundary, with the reference and amount the order page showed.
 */
export async function reportBankTransfer(
  request: APIRequestContext,
  transfer: { reference: string; amount: number }
) {
  const response = await request.post(
    `${process.env.BACKEND_URL}/hooks/payment/vietqr_vietqr`,
    {
      headers: { authorization: `Apikey ${webhookKey()}` },
      data: {
        // The backend records each bank transaction id once; two workers may pay in one millisecond.
        id: Date.now() * 1000 + Math.floor(Math.random() * 1000),
        gateway: "VietinBank",
        transactionDate: "2026-11-28 21:00:00",
        accountNumber: "102800000001",
        code: null,
        content: `MBVCB.1234.${transfer.reference}.CT tu 0912345678`,
        transferType: "in",
        transferAmount: transfer.amount,
        accumulated: transfer.amount,
        subAccount: null,
        referenceCode: "FT2633",
        description: "",
      },
    }
  )
  expect(response.status()).toBe(200)
}
