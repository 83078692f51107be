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
import type { VietqrPaymentStatus } from "../../types/bank-transfer/module"

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
   * Moves a VietQR payment that awaits a transfer (its hold running, or expired within the grace
   * period) to `paid` in one conditional UPDATE, so of two deliveries (or a delivery and an
   * officer) racing for the same order exactly one wins. Returns the payment when this call won,
   * with `revived` when its hold had expired; null when it was already paid or cancelled.
   */
  @InjectManager()
  async claimUnpaidPayment(
    reference: string,
    confirmedBy: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<(ClaimedPayment & { revived: boolean }) | null> {
    const paid = {
      status: "paid",
      paid_at: new Date(),
      confirmed_by: confirmedBy,
    }
    for (const from of ["awaiting", "expired"] as const) {
      const claimed = await this.transition_(
        { reference },
        from,
        paid,
        sharedContext
      )
      if (claimed) {
        return { ...claimed, revived: from === "expired" }
      }
    }
    return null
  }

  /**
   * Moves a payment from one state to another only if it is still in the first: the expiry job,
   * the cancel after the grace period and their compensations never undo a payment made
   * meanwhile. Returns null when the payment had already moved on.
   */
  @InjectManager()
  async movePayment(
    id: string,
    from: VietqrPaymentStatus,
    changes: { status: VietqrPaymentStatus } & Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedPayment | null> {
    return this.transition_({ id }, from, changes, sharedContext)
  }

  @InjectTransactionManager()
  protected async transition_(
    where: Record<string, string>,
    from: VietqrPaymentStatus,
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
      .where({ ...where, status: from, deleted_at: null })
      .update({ ...changes, updated_at: new Date() })
      .returning(["id", "reference", "payment_id", "order_id"])
    return rows[0] ?? null
  }
}

export default BankTransferModuleService
