import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import BankTransaction from "./models/bank-transaction"
import VietqrPayment from "./models/vietqr-payment"

/** The part of the transaction's query builder the compare-and-set below uses. */
type Knex = (table: "vietqr_payment") => {
  where(filter: Record<string, unknown>): {
    update(changes: Record<string, unknown>): {
      returning(columns: (keyof ClaimedPayment)[]): Promise<ClaimedPayment[]>
    }
  }
}

export type ClaimedPayment = {
  id: string
  reference: string
  payment_id: string
  order_id: string
}

class BankTransferModuleService extends MedusaService({
  VietqrPayment,
  BankTransaction,
}) {
  /**
   * Moves an awaiting VietQR payment to `paid` in one conditional UPDATE, so of two deliveries
   * (or a delivery and an officer) racing for the same order exactly one wins. Returns the
   * payment when this call won, null when it was already paid or cancelled.
   */
  @InjectManager()
  async claimAwaitingPayment(
    reference: string,
    confirmedBy: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedPayment | null> {
    return this.leaveAwaiting_(
      { reference },
      { status: "paid", paid_at: new Date(), confirmed_by: confirmedBy },
      sharedContext
    )
  }

  /** Same race rule for the expiry job: an order paid meanwhile is never cancelled. */
  @InjectManager()
  async cancelAwaitingPayment(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedPayment | null> {
    return this.leaveAwaiting_({ id }, { status: "cancelled" }, sharedContext)
  }

  @InjectTransactionManager()
  protected async leaveAwaiting_(
    where: Record<string, string>,
    changes: Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedPayment | null> {
    const knex = (
      sharedContext.transactionManager as {
        getTransactionContext(): Knex | undefined
      }
    )?.getTransactionContext()
    if (!knex) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "A VietQR payment changes state only inside a transaction"
      )
    }
    const rows = await knex("vietqr_payment")
      .where({ ...where, status: "awaiting", deleted_at: null })
      .update({ ...changes, updated_at: new Date() })
      .returning(["id", "reference", "payment_id", "order_id"])
    return rows[0] ?? null
  }
}

export default BankTransferModuleService
