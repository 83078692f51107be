import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import { readMarketEnv } from "../../../config/env"
import {
  PAYING_OUTCOMES,
  transferOutcome,
} from "../../../domain/bank-transfer-outcome"
import type { BankTransactionOutcome } from "../../../types/bank-transfer/module"
import { findPaymentReference } from "../../../utils/vietqr"

export type IncomingBankTransaction = {
  transaction_id: string
  gateway: string | null
  account_number: string | null
  /** SePay's virtual account, when the shopper paid into one of the market's. */
  sub_account: string | null
  transaction_date: string | null
  content: string | null
  transfer_type: "in" | "out"
  amount: number
  raw: Record<string, unknown>
}

export type RecordedBankTransaction = {
  id: string | null
  duplicate: boolean
  /** Set when the transfer settles an awaiting order: the reference to claim. */
  settles_reference: string | null
  order_id: string | null
  outcome: BankTransactionOutcome | null
}

/**
 * Stores a bank transaction once per transaction id and decides what it is (`transferOutcome`):
 * a transfer to the market's account of at least the order total for an awaiting reference may
 * settle it; anything else is kept for officers. A repeated delivery is reported as a duplicate and changes nothing.
 */
export const recordBankTransactionStep = createStep(
  "record-bank-transaction",
  async (input: IncomingBankTransaction, { container }) => {
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)

    const [existing] = await bankTransfer.listBankTransactions({
      transaction_id: input.transaction_id,
    })
    const duplicate: RecordedBankTransaction = {
      id: existing?.id ?? null,
      duplicate: true,
      settles_reference: null,
      order_id: existing?.order_id ?? null,
      outcome: existing?.outcome ?? null,
    }
    if (existing) {
      return new StepResponse(duplicate, null)
    }

    const reference =
      input.transfer_type === "in" ? findPaymentReference(input.content) : null
    const [awaited] = reference
      ? await bankTransfer.listVietqrPayments({ reference })
      : []

    // Provisional when it pays: the claim step turns it into `already_paid` if another
    // delivery won the order first.
    const outcome = transferOutcome({
      transferType: input.transfer_type,
      amount: input.amount,
      accountNumber: input.account_number,
      subAccount: input.sub_account,
      ownAccount: readMarketEnv().VIETQR_ACCOUNT_NUMBER,
      awaited: awaited
        ? { status: awaited.status, amount: Number(awaited.amount) }
        : null,
    })

    let created: { id: string }
    try {
      // The sub-account stays in `raw`, as the bank sent it.
      created = await bankTransfer.createBankTransactions({
        transaction_id: input.transaction_id,
        gateway: input.gateway,
        account_number: input.account_number,
        transaction_date: input.transaction_date,
        content: input.content,
        transfer_type: input.transfer_type,
        amount: input.amount,
        raw: input.raw,
        reference,
        order_id: awaited?.order_id ?? null,
        outcome,
      })
    } catch (error) {
      // The same transaction delivered concurrently: the unique index let only one insert in.
      const [winner] = await bankTransfer.listBankTransactions({
        transaction_id: input.transaction_id,
      })
      if (winner) {
        return new StepResponse(
          {
            ...duplicate,
            id: winner.id,
            order_id: winner.order_id,
            outcome: winner.outcome,
          },
          null
        )
      }
      throw error
    }

    const result: RecordedBankTransaction = {
      id: created.id,
      duplicate: false,
      settles_reference: PAYING_OUTCOMES.includes(outcome) ? reference : null,
      order_id: awaited?.order_id ?? null,
      outcome,
    }
    return new StepResponse(result, created.id)
  },
  async (createdId: string | null | undefined, { container }) => {
    if (!createdId) {
      return
    }
    // Forget the transaction so that the bank's retry is processed afresh.
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    await bankTransfer.deleteBankTransactions(createdId)
  }
)
