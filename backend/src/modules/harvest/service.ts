import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import HarvestPreorder from "./models/harvest-preorder"
import HarvestSeason from "./models/harvest-season"
import PreorderLine from "./models/preorder-line"

/** The part of the transaction's entity manager the counters below use. */
type RawExecutor = {
  execute(sql: string, params: unknown[]): Promise<{ id: string }[]>
}

function executorOf(transactionManager: unknown): RawExecutor {
  if (!transactionManager) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "Pre-ordered units are counted only inside a transaction"
    )
  }
  return transactionManager as RawExecutor
}

class HarvestModuleService extends MedusaService({
  HarvestSeason,
  HarvestPreorder,
  PreorderLine,
}) {
  /**
   * Counts `units` more against an announcement in one conditional UPDATE, so two orders racing
   * for the last units cannot both get them. Returns false (and counts nothing) when the units
   * no longer fit in what was announced.
   */
  @InjectManager()
  async countPreorderedUnits(
    preorderId: string,
    units: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const rows = await this.addToOrdered_(
      `"ordered" + ?`,
      `and "ordered" + ? <= "quantity"`,
      [units, preorderId, units],
      sharedContext
    )
    return rows.length === 1
  }

  /** Gives units back to an announcement (an order undone before it was placed). */
  @InjectManager()
  async uncountPreorderedUnits(
    preorderId: string,
    units: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.addToOrdered_(
      `greatest("ordered" - ?, 0)`,
      "",
      [units, preorderId],
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async addToOrdered_(
    newValue: string,
    condition: string,
    params: unknown[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string }[]> {
    return executorOf(sharedContext.transactionManager).execute(
      `update "harvest_preorder" set "ordered" = ${newValue}, "updated_at" = now()
       where "id" = ? and "deleted_at" is null ${condition} returning "id"`,
      params
    )
  }
}

export default HarvestModuleService
